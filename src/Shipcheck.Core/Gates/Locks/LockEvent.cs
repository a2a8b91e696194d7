namespace Shipcheck.Core.Gates.Locks;

/// <summary>One entry of a lock's history: taken, released, reclaimed from a dead runner, or released by hand.</summary>
/// <param name="Name">The lock.</param>
/// <param name="At">When it happened.</param>
/// <param name="Kind">What happened: <c>acquired</c>, <c>released</c>, <c>reclaimed</c> or <c>force-released</c>.</param>
/// <param name="RunId">The run it concerned (the new holder, or the one released).</param>
/// <param name="User">Who did it.</param>
/// <param name="Detail">The reason given, or why a holder was judged dead.</param>
public sealed record LockEvent(string Name, DateTimeOffset At, string Kind, string RunId, string User, string? Detail);
