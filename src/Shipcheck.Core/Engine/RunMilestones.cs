namespace Shipcheck.Core.Engine;

/// <summary>
/// A canary stage passed its analysis and the run moves on to the next stage (raised by the stage runner through
/// <c>RunSession.StagePromoted</c>; notifications announce it).
/// </summary>
/// <param name="Stage">The stage promoted (<c>10%</c>, <c>green</c>).</param>
/// <param name="Detail">One line on what it passed, or null.</param>
public sealed record StagePromoted(string Stage, string? Detail) : RunEvent;

/// <summary>
/// The run stopped to wait for sign-offs (raised by the sign-off gate through <c>RunSession.WaitingForSignoff</c>;
/// notifications announce it).
/// </summary>
/// <param name="Point">Where the run waits (<c>before deploy</c>).</param>
/// <param name="Missing">The roles still missing.</param>
/// <param name="WaitsUpTo">How long the run waits before it ends as blocked, or null when it does not say.</param>
/// <param name="Message">Who is still missing and how to sign off, as the live output shows it; null when not given.</param>
public sealed record WaitingForSignoff(string Point, IReadOnlyList<string> Missing, TimeSpan? WaitsUpTo, string? Message = null) : RunEvent;
