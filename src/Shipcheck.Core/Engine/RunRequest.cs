namespace Shipcheck.Core.Engine;

/// <summary>What the person asked for on the command line: the version, <c>--var</c> overrides, and how to run.</summary>
public sealed record RunRequest
{
    /// <summary>The default bound on checks running at the same time in <c>verify</c> and <c>stability</c>.</summary>
    public const int DefaultConcurrency = 32;

    /// <summary><c>--version V</c>; when null, a <c>vars: version:</c> entry (or an empty string) stands in.</summary>
    public string? Version { get; init; }

    /// <summary><c>--var name=value</c> overrides; each name must be declared under <c>vars:</c>.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary><c>--concurrency N</c>: how many verify or stability checks may run at once (at least 1).</summary>
    public int Concurrency { get; init; } = DefaultConcurrency;

    /// <summary><c>--no-rollback-on-interrupt</c>: after Ctrl-C, stop without rolling back.</summary>
    public bool NoRollbackOnInterrupt { get; init; }

    /// <summary><c>--override "reason"</c>: go through a freeze that names an override role, once that role signed off.</summary>
    public string? OverrideReason { get; init; }
    /// <summary><c>--wait D</c>: how long a run waits for its checklist's <c>lock:</c> before it is blocked (zero: not at all).</summary>
    public TimeSpan LockWait { get; init; }
    /// <summary>The Markdown checklist's text when the run came from one (stored with the run, masked); null otherwise.</summary>
    public string? MarkdownSource { get; init; }

    /// <summary>Who runs the checklist (recorded with the run).</summary>
    public string User { get; init; } = System.Environment.UserName;

    /// <summary>The machine the run happens on.</summary>
    public string Host { get; init; } = System.Environment.MachineName;

    /// <summary>The runner's process id, so a crashed run can be told from a running one.</summary>
    public int ProcessId { get; init; } = System.Environment.ProcessId;
}
