using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Store;

/// <summary>The recorded result of one step, written to the store the moment the step ends. Secrets are already masked.</summary>
public sealed record StepRecord
{
    /// <summary>Order within the run, from 1.</summary>
    public required int Sequence { get; init; }
    /// <summary>The phase it ran in.</summary>
    public required Phase Phase { get; init; }
    /// <summary>The step's name (given, or derived from its kind and target).</summary>
    public required string Name { get; init; }
    /// <summary>The check kind (<c>http</c>).</summary>
    public required string Kind { get; init; }
    /// <summary>How it ended.</summary>
    public required StepStatus Status { get; init; }
    /// <summary>When it started.</summary>
    public required DateTimeOffset StartedAt { get; init; }
    /// <summary>How long it took, retries included.</summary>
    public required TimeSpan Duration { get; init; }
    /// <summary>How many times the probe ran.</summary>
    public int Attempts { get; init; } = 1;
    /// <summary>The stability round (1-based) for steps in the stability phase; 0 otherwise.</summary>
    public int Round { get; init; }
    /// <summary>The last observations, as a JSON object.</summary>
    public string ObservationsJson { get; init; } = "{}";
    /// <summary>Text evidence, head and tail when long.</summary>
    public string? Output { get; init; }
    /// <summary>Each expectation as judged on the last attempt.</summary>
    public IReadOnlyList<ExpectationRecord> Expectations { get; init; } = [];
    /// <summary>One line on why the step did not pass (or what was captured / confirmed).</summary>
    public string? Message { get; init; }
}
