using Shipcheck.Core.Checks;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

/// <summary>How one run of a probe ended, before severity and capture are applied.</summary>
internal enum AttemptStatus
{
    Passed,
    Failed,
    Error,
    /// <summary>An expectation had no series to judge.</summary>
    NoData,
    /// <summary>Stopped from outside the step: interrupt, abort, or another verify check failed.</summary>
    Cancelled,
}

/// <summary>One run of a probe and the judgement of its expectations.</summary>
internal sealed record AttemptResult(AttemptStatus Status, ProbeResult? Result, IReadOnlyList<ExpectationRecord> Expectations, string? Message)
{
    public static AttemptResult Cancelled(AttemptResult? previous) =>
        new(AttemptStatus.Cancelled, previous?.Result, previous?.Expectations ?? [], null);

    public static AttemptResult Error(string message, ProbeResult? result = null) => new(AttemptStatus.Error, result, [], message);
}
