using System.Diagnostics;

namespace Shipcheck.Core.Tests.Checks.Docker;

/// <summary>
/// The docker CLI, for the fixture only (setting up images and containers); the probes under test use the API.
/// Debian's client is preferred, since it matches the engine that test.sh installs.
/// </summary>
internal sealed class DockerCli(string host)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    public static string Executable => File.Exists("/usr/bin/docker") ? "/usr/bin/docker" : "docker";

    /// <summary>Runs a docker command and returns its standard output; a failure throws with the command's errors.</summary>
    public string Run(params string[] arguments)
    {
        var (exitCode, output, error) = TryRun(arguments);
        return exitCode == 0
            ? output
            : throw new InvalidOperationException($"docker {string.Join(' ', arguments)} failed ({exitCode}): {error}{output}");
    }

    /// <summary>Runs a docker command: its exit code and outputs.</summary>
    public (int ExitCode, string Output, string Error) TryRun(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add("--host");
        start.ArgumentList.Add(host);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The classic builder: BuildKit is not part of Debian's docker.io 20.10.
        start.Environment["DOCKER_BUILDKIT"] = "0";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {Executable}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"docker {string.Join(' ', arguments)} did not finish in {Limit.TotalSeconds}s");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
