using Shipcheck.Core.Checks;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Logs;

/// <summary>Probe contexts for logs steps: the usual test context plus the texts the expectations count and the run's memory.</summary>
internal static class LogsContexts
{
    public static ProbeContext For(string folder, TimeProvider? time = null, params string[] counted) => For(folder, time, new RunState(), counted);

    /// <summary>A context that shares <paramref name="state"/>, as the steps of one run do.</summary>
    public static ProbeContext For(string folder, TimeProvider? time, RunState state, params string[] counted)
    {
        var context = Probes.Context(folder, time: time);
        return new ProbeContext
        {
            Time = context.Time,
            WorkingDirectory = context.WorkingDirectory,
            Variables = context.Variables,
            ShellEnvironment = context.ShellEnvironment,
            Prompt = context.Prompt,
            RunSoFar = context.RunSoFar,
            StepName = context.StepName,
            CountedPatterns = counted,
            RunState = state,
        };
    }
}
