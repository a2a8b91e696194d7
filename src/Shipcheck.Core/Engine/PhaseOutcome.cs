using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

/// <summary>How a phase (or a stability round) ended: the first step that failed it, if any.</summary>
internal sealed record PhaseOutcome(StepRecord? Failure)
{
    public bool Failed => Failure is not null;

    /// <summary>Failed or error; a warning or a skip does not fail a phase.</summary>
    public static bool IsFailure(StepRecord step) => step.Status is StepStatus.Failed or StepStatus.Error;
}
