using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>How a rule compares its text with a heading (both lowercased, dashes as spaces, numbering removed).</summary>
public enum PhaseMatch
{
    /// <summary>The heading contains the text as whole words.</summary>
    Contains,

    /// <summary>The heading is the text (after trailing "phase", "steps", "checklist", "procedure" are dropped).</summary>
    Equals,
}

/// <summary>One heading rule: a text, how it matches, and the phase it gives; a null phase marks reference material.</summary>
/// <param name="Text">The words to look for, in any language.</param>
/// <param name="Match">Whole-heading or contained.</param>
/// <param name="Phase">The phase, or null for a section that is not part of the run (troubleshooting, links).</param>
public sealed record PhaseRule(string Text, PhaseMatch Match, Phase? Phase);
