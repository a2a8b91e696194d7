using System.Diagnostics;

namespace Shipcheck.Core.Tests.Checks.Support;

/// <summary>Starts <c>sleep</c> processes for a test to find, and kills them by pid when the test ends.</summary>
internal sealed class Sleepers : IDisposable
{
    private readonly List<int> _started = [];

    /// <summary>Starts <c>sleep SECONDS</c>; a unique fraction makes its command line one no other process has.</summary>
    public int Start(string seconds)
    {
        using var process = Process.Start("sleep", seconds);
        _started.Add(process.Id);
        return process.Id;
    }

    public void Dispose() => _started.ForEach(Processes.Kill);
}
