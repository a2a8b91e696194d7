using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks;

/// <summary>What one observation produced.</summary>
/// <param name="Observations">Named values for the expectations.</param>
/// <param name="Output">Text evidence a person reads (command output, response body), already trimmed to head and tail.</param>
/// <param name="Error">Set when the probe could not observe at all (connection refused, file unreadable): the step is an <c>error</c>.</param>
public sealed record ProbeResult(Observations Observations, string? Output = null, string? Error = null)
{
    /// <summary>A probe that could not look.</summary>
    public static ProbeResult Failed(string error, Observations? partial = null, string? output = null) =>
        new(partial ?? Observations.Empty, output, error);
}
