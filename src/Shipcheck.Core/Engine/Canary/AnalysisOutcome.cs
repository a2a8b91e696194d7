using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine.Canary;

/// <summary>How an analysis window ended.</summary>
internal enum AnalysisResult
{
    /// <summary>Enough rounds passed: the stage promotes.</summary>
    Passed,
    /// <summary>More rounds failed than <c>failure_limit</c> allows: the run rolls back.</summary>
    Failed,
    /// <summary>No data, or not enough passing rounds in a row: a person decides, and nobody means roll back.</summary>
    Inconclusive,
    /// <summary>Ctrl-C stopped it.</summary>
    Interrupted,
}

/// <summary>The end of an analysis window: the result, one line on why, and the round record that caused it.</summary>
/// <param name="Result">Passed, failed, inconclusive or interrupted.</param>
/// <param name="Message">Why, for the stage's record.</param>
/// <param name="Rounds">How many rounds ran.</param>
/// <param name="Cause">The check whose failure or missing data decided it, if one did.</param>
internal sealed record AnalysisOutcome(AnalysisResult Result, string Message, int Rounds, StepRecord? Cause = null);
