using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

/// <summary>Something that happened during a run, for <see cref="IRunObserver"/>.</summary>
public abstract record RunEvent;

/// <summary>The run was recorded in the store and is about to run its first step.</summary>
/// <param name="Run">The run, without steps (variables masked).</param>
public sealed record RunStarted(RunRecord Run) : RunEvent;

/// <summary>The run waits for its lock, which <paramref name="Holder"/> holds; raised again when the holder changes.</summary>
/// <param name="Holder">Who holds the lock, and since when.</param>
/// <param name="Wait">How long the run will wait at most (<c>--wait</c>).</param>
public sealed record LockWaiting(Gates.Locks.LockHolder Holder, TimeSpan Wait) : RunEvent;

/// <summary>A phase started.</summary>
/// <param name="Phase">Which phase.</param>
/// <param name="Round">The stability round (from 1); 0 for other phases.</param>
public sealed record PhaseStarted(Phase Phase, int Round) : RunEvent;

/// <summary>A step started. Steps cancelled before they started get only <see cref="StepFinished"/>.</summary>
/// <param name="Phase">Its phase.</param>
/// <param name="Name">Its name.</param>
/// <param name="Round">The stability round (from 1); 0 for other phases.</param>
public sealed record StepStarted(Phase Phase, string Name, int Round) : RunEvent;

/// <summary>A step ended and was written to the store.</summary>
/// <param name="Step">The step as recorded (masked).</param>
public sealed record StepFinished(StepRecord Step) : RunEvent;

/// <summary>The run ended and its verdict was written to the store.</summary>
/// <param name="Run">The finished run, as stored.</param>
public sealed record RunFinished(RunRecord Run) : RunEvent;
