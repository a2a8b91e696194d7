using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Gates;

/// <summary>A run waits at a gate (sign-offs still missing); raised when it starts waiting and when what it waits for changes.</summary>
/// <param name="Message">Who is still missing and how to sign off, for a person.</param>
public sealed record GateWaiting(string Message) : RunEvent;
