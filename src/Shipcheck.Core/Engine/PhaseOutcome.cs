using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

/// <summary>How a phase (or a stability round) ended: the first step that failed it, if any.</summary>
internal sealed record PhaseOutcome(StepRecord? Failure)
{
    public bool Failed => Failure is not null;

    /// <summary>Failed or error; a warning or a skip does not fail a phase.</summary>
    public static bool IsFailure(StepRecord step) => IsFailure(step.Status);

    /// <summary>True for the statuses that stop a phase: failed, error, and no data (which is never a pass).</summary>
    public static bool IsFailure(StepStatus status) => status is StepStatus.Failed or StepStatus.Error or StepStatus.NoData;
}
