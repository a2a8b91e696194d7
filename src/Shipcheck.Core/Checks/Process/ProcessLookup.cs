namespace Shipcheck.Core.Checks.Processes;

/// <summary>What looking for a step's process found.</summary>
/// <param name="Matches">Live matching processes, oldest first; empty when none runs.</param>
/// <param name="Active">The systemd ActiveState for a unit; empty otherwise.</param>
/// <param name="Why">Says how the process was looked for and, when none runs, why (for the evidence).</param>
/// <param name="Error">Set when it could not be looked for at all.</param>
internal sealed record ProcessLookup(IReadOnlyList<ProcessSample> Matches, string Active, string Why, string? Error = null)
{
    /// <summary>A lookup that could not be done.</summary>
    public static ProcessLookup Failed(string error) => new([], "", "", error);
}
