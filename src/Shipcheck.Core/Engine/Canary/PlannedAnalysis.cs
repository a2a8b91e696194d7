namespace Shipcheck.Core.Engine;

/// <summary>The analysis window of a canary stage in a <see cref="RunPlan"/>, carried by each of its checks.</summary>
/// <param name="For">The longest it watches.</param>
/// <param name="Every">The pause before each round.</param>
/// <param name="FailureLimit">Failed rounds tolerated.</param>
/// <param name="ConsecutiveSuccesses">Passing rounds in a row that promote early; 0 watches the whole window.</param>
public sealed record PlannedAnalysis(TimeSpan For, TimeSpan Every, int FailureLimit, int ConsecutiveSuccesses);
