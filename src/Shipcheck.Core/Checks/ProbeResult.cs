using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks;

/// <summary>What one observation produced.</summary>
/// <param name="Observations">Named values for the expectations.</param>
/// <param name="Output">Text evidence a person reads (command output, response body), already trimmed to head and tail.</param>
/// <param name="Error">Set when the probe could not observe at all (connection refused, file unreadable): the step is an <c>error</c>.</param>
public sealed record ProbeResult(Observations Observations, string? Output = null, string? Error = null)
{
    /// <summary>
    /// What was seen, in one line a person reads first (<c>3 of 5 running; not running: api-server (exited (2))</c>);
    /// the engine adds it to the message of a step that did not pass, so the live output says which without `show`.
    /// It describes, never judges; null when the expectations' own values say enough.
    /// </summary>
    public string? Summary { get; init; }

    /// <summary>A probe that could not look.</summary>
    public static ProbeResult Failed(string error, Observations? partial = null, string? output = null) =>
        new(partial ?? Observations.Empty, output, error);
}
