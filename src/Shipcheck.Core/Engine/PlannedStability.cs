namespace Shipcheck.Core.Engine;

/// <summary>The stability window of a <see cref="RunPlan"/>.</summary>
/// <param name="For">How long the checks are watched.</param>
/// <param name="Every">The pause before each round.</param>
/// <param name="Repeat">The names of the verify steps repeated each round.</param>
public sealed record PlannedStability(TimeSpan For, TimeSpan Every, IReadOnlyList<string> Repeat);
