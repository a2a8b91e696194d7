using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>What kind of step a converted element became.</summary>
public enum ConvertedKind
{
    /// <summary>A shell block: <c>run</c>.</summary>
    Run,

    /// <summary>A <c>sql</c> block with a connection configured.</summary>
    Sql,

    /// <summary>Everything else: <c>confirm</c>, asked of a person.</summary>
    Confirm,
}

/// <summary>One step of the converted checklist, with where it came from and what did not make it into the step.</summary>
public sealed record ConvertedStep(Phase Phase, string Group, string Name, ConvertedKind Kind, string Body, int Line)
{
    /// <summary>The expectations (a run step's always include its exit code).</summary>
    public List<string> Expect { get; } = [];

    /// <summary>How each recognised expectation was read, for the report.</summary>
    public List<string> Recognized { get; } = [];

    /// <summary>Expected lines and blocks kept as text beside the step: shown, not checked.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Why the step is manual (confirm), or null for an automatic one.</summary>
    public string? ManualReason { get; init; }
}

/// <summary>A part of the Markdown that became no step, and why.</summary>
public sealed record SkippedElement(int Line, string What, string Reason);

/// <summary>A placeholder in a command (<c>&lt;previous_commit&gt;</c>) turned into a variable to pass with --var.</summary>
public sealed record PlaceholderVariable(string Name, string Placeholder, int Line);

/// <summary>The converted checklist before it is written as YAML.</summary>
public sealed class ConvertedChecklist
{
    /// <summary>The service name (from the title).</summary>
    public required string Service { get; init; }

    /// <summary>The Markdown file it came from.</summary>
    public required string Source { get; init; }

    /// <summary>The steps in document order; the writer groups them by phase.</summary>
    public List<ConvertedStep> Steps { get; } = [];

    /// <summary>What became no step.</summary>
    public List<SkippedElement> Skipped { get; } = [];

    /// <summary>Placeholders that became variables.</summary>
    public List<PlaceholderVariable> Variables { get; } = [];

    /// <summary>Secrets the steps use (the SQL connection).</summary>
    public List<string> Secrets { get; } = [];

    /// <summary>The stability window from a stability section, and the verify steps it repeats; null when there is none.</summary>
    public (TimeSpan For, IReadOnlyList<string> Repeat, int Line)? Stability { get; set; }
}
