using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Store;

/// <summary>One execution of a checklist: who, what, when, each step, and the verdict. Secrets are already masked.</summary>
public sealed record RunRecord
{
    /// <summary>Unique id, sortable by time (<c>20261122T031500Z-3f9a</c>).</summary>
    public required string Id { get; init; }
    /// <summary>The <c>service</c> of the checklist.</summary>
    public required string Service { get; init; }
    /// <summary>The <c>environment</c> of the checklist, if any.</summary>
    public string? Environment { get; init; }
    /// <summary>The <c>--version</c> deployed, if given.</summary>
    public string? Version { get; init; }
    /// <summary>Full path of the checklist file.</summary>
    public required string ChecklistPath { get; init; }
    /// <summary>The user who ran it.</summary>
    public required string User { get; init; }
    /// <summary>The machine it ran on.</summary>
    public required string Host { get; init; }
    /// <summary>The runner's process id, to tell a crashed run from a running one.</summary>
    public int ProcessId { get; init; }
    /// <summary>When the run started.</summary>
    public required DateTimeOffset StartedAt { get; init; }
    /// <summary>When it ended; null while running.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
    /// <summary>How it ended.</summary>
    public Verdict Verdict { get; init; } = Verdict.Running;
    /// <summary>One line on why the run ended as it did.</summary>
    public string? Summary { get; init; }
    /// <summary>Variables as resolved at the start (secrets masked).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();
    /// <summary>Values captured during the run (secret captures masked).</summary>
    public IReadOnlyDictionary<string, string> Captures { get; init; } = new Dictionary<string, string>();
    /// <summary>Every step result, in order.</summary>
    public IReadOnlyList<StepRecord> Steps { get; init; } = [];
    /// <summary>
    /// The Markdown checklist's text (secrets masked) when the run came from one, so the filled-in checklist can be
    /// rendered from it later; null for a YAML checklist.
    /// </summary>
    public string? MarkdownSource { get; init; }
    /// <summary>What became of each notification (<c>notify:</c>), in event order; never steps, never the verdict.</summary>
    public IReadOnlyList<NotificationRecord> Notifications { get; init; } = [];
}
