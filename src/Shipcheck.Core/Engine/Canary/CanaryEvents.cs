namespace Shipcheck.Core.Engine;

/// <summary>A canary stage began: its traffic-shift steps run next, then its analysis.</summary>
/// <param name="Stage">The stage's name (<c>10%</c>).</param>
public sealed record CanaryStageStarted(string Stage) : RunEvent;

/// <summary>A canary stage passed its analysis (or a person promoted it), and the next stage may start.</summary>
/// <param name="Stage">The stage's name.</param>
/// <param name="Message">How it was promoted: <c>promoted: 10 rounds over 1s, 0 failed</c>.</param>
public sealed record CanaryStagePromoted(string Stage, string Message) : RunEvent;
