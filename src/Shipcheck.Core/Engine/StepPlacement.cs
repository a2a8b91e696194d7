namespace Shipcheck.Core.Engine;

/// <summary>Where a step runs, and how it is recorded when it is stopped from outside.</summary>
/// <param name="Phase">The phase it runs in.</param>
/// <param name="Round">The stability round (from 1); 0 elsewhere.</param>
/// <param name="WhenStopped">The status and message of the step when the phase stopped it (interrupt, abort, a sibling's failure).</param>
internal sealed record StepPlacement(Phase Phase, int Round, Func<(StepStatus Status, string Message)> WhenStopped);
