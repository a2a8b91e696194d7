namespace Shipcheck.Core.Engine;

/// <summary>A canary stage began: its traffic-shift steps run next, then its analysis.</summary>
/// <param name="Stage">The stage's name (<c>10%</c>).</param>
public sealed record CanaryStageStarted(string Stage) : RunEvent;
