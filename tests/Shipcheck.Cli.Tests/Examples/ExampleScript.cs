using System.Diagnostics;

namespace Shipcheck.Cli.Tests.Examples;

/// <summary>Runs one of an example's shell scripts with bash, as a user would, and fails with its output when it fails.</summary>
internal static class ExampleScript
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Runs <paramref name="script"/> to its end and returns what it printed; throws when it exits non-zero.</summary>
    public static async Task<string> RunAsync(string script, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start bash {script}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish in {Limit.TotalMinutes} minutes: {await error}{await output}");
        }
        var printed = await output + await error;
        return process.ExitCode == 0
            ? printed
            : throw new InvalidOperationException($"{script} failed (exit {process.ExitCode}): {printed}");
    }
}
