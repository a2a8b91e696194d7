namespace Shipcheck.Core.Checks.Processes;

/// <summary>Where a <c>process</c> step looks: this machine's /proc, or a host's through ssh.</summary>
internal interface IProcessSource
{
    /// <summary>Finds the step's process by pid file, name or unit.</summary>
    Task<ProcessLookup> FindAsync(ProcessOptions options, ProbeContext context, CancellationToken cancellationToken);

    /// <summary>Looks at <paramref name="pid"/> again (the end of a window); no match when it no longer runs.</summary>
    Task<ProcessLookup> SampleAsync(int pid, ProbeContext context, CancellationToken cancellationToken);
}

/// <summary>This machine's processes.</summary>
internal sealed class LocalProcesses : IProcessSource
{
    public static readonly LocalProcesses Instance = new();

    public Task<ProcessLookup> FindAsync(ProcessOptions options, ProbeContext context, CancellationToken cancellationToken) =>
        ProcessFinder.FindAsync(options, context, cancellationToken);

    public Task<ProcessLookup> SampleAsync(int pid, ProbeContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ProcessLookups.Single(pid, $"pid {pid}", ProcFs.Sample));
}
