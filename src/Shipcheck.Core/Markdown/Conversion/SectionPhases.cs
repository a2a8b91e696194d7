using Shipcheck.Core.Engine;
using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>The phase of each section, and whether it is reference material that is not converted.</summary>
/// <param name="Phase">The phase its items and blocks go to.</param>
/// <param name="Reference">True for troubleshooting, links and the like: nothing under it becomes a step.</param>
/// <param name="Rule">The rule its own heading matched, null when it took the phase of a heading above it.</param>
public sealed record SectionPhase(Phase Phase, bool Reference, PhaseRule? Rule);

/// <summary>
/// Gives every section a phase. A mapped heading sets it; an unmapped one is a group of the nearest mapped heading
/// above it, or, at the top, of the phase the flow is in. Rollback and reference sections are detours: a top-level
/// heading after them returns to the phase before them, so "Monitoring" after "Rollback" is not a rollback step.
/// </summary>
public static class SectionPhases
{
    /// <summary>The phases by section, in the checklist's order.</summary>
    public static IReadOnlyDictionary<MarkdownSection, SectionPhase> Of(MarkdownChecklist checklist, PhaseMapping mapping)
    {
        var result = new Dictionary<MarkdownSection, SectionPhase>();
        var flow = Phase.Pre;
        foreach (var section in checklist.Sections)
        {
            var rule = mapping.Match(section.Text);
            if (rule is not null)
            {
                result[section] = new SectionPhase(rule.Phase ?? flow, rule.Phase is null, rule);
                if (rule.Phase is { } phase && phase != Phase.Rollback)
                {
                    flow = phase;
                }
                continue;
            }
            var mapped = Ancestors(section).FirstOrDefault(a => result.TryGetValue(a, out var p) && p.Rule is not null);
            result[section] = mapped is null ? new SectionPhase(flow, false, null) : result[mapped] with { Rule = null };
        }
        return result;
    }

    /// <summary>The distinct phases the sections map to, in order of first appearance (the flow's start, pre, when no heading maps).</summary>
    public static IReadOnlyList<Phase> Distinct(MarkdownChecklist checklist, PhaseMapping mapping) =>
        [.. Of(checklist, mapping).Values.Where(p => !p.Reference).Select(p => p.Phase).DefaultIfEmpty(Phase.Pre).Distinct()];

    private static IEnumerable<MarkdownSection> Ancestors(MarkdownSection section)
    {
        for (var parent = section.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }
}
