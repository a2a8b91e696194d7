namespace Shipcheck.Core.Engine;

/// <summary>How a step ended.</summary>
public enum StepStatus
{
    /// <summary>Every expectation held.</summary>
    Passed,
    /// <summary>An expectation did not hold.</summary>
    Failed,
    /// <summary>An expectation did not hold, but the step is only a warning (<c>severity: warn</c>, or a <c>post</c> step).</summary>
    Warned,
    /// <summary>Not run: <c>when:</c> was false, or the run stopped before it.</summary>
    Skipped,
    /// <summary>The probe itself broke (could not connect, timed out, crashed).</summary>
    Error,
    /// <summary>
    /// There was nothing to judge: <c>all(...)</c> or <c>any(...)</c> met no series (a query with an empty result).
    /// Never a pass: it counts as a failure, so a deploy whose metrics vanished rolls back.
    /// </summary>
    NoData,
}
