using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Docker;

/// <summary>Probe contexts for docker steps: DOCKER_HOST as the test says (never the machine's), and the texts counted.</summary>
internal static class DockerContexts
{
    public static ProbeContext For(string? dockerHost, TimeProvider? time = null, params string[] counted)
    {
        var context = Probes.Context(Path.GetTempPath(), time: time);
        return new ProbeContext
        {
            Time = context.Time,
            WorkingDirectory = context.WorkingDirectory,
            Variables = new DockerHostOnly(dockerHost),
            ShellEnvironment = context.ShellEnvironment,
            Prompt = context.Prompt,
            RunSoFar = context.RunSoFar,
            StepName = context.StepName,
            CountedPatterns = counted,
        };
    }

    private sealed class DockerHostOnly(string? dockerHost) : IVariableSource
    {
        public string? Variable(string name) => null;

        public string? Environment(string name) => name == "DOCKER_HOST" ? dockerHost : null;
    }
}
