namespace Shipcheck.Core.Checks.Processes;

/// <summary>What systemd says about a unit.</summary>
/// <param name="ActiveState">"active", "inactive", "failed", …</param>
/// <param name="MainPid">The unit's main process; 0 when it has none.</param>
/// <param name="Error">Set when systemd could not be asked.</param>
internal sealed record UnitState(string ActiveState, int MainPid, string? Error = null);
