using System.Diagnostics;

namespace Shipcheck.Cli.Tests;

/// <summary>Runs the real shipcheck CLI (the built shipcheck.dll) as a child process, as a user would.</summary>
internal sealed class ShipcheckProcess
{
    private static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "shipcheck.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["NO_COLOR"] = "1";
        info.Environment.Remove("SHIPCHECK_STORE");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        return info;
    }

    /// <summary>Runs to the end (at most 2 minutes) and returns the exit code and both outputs.</summary>
    public static Task<CliResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunToEndAsync(StartInfo(workingDirectory, environment, args), TimeSpan.FromMinutes(2), $"shipcheck {string.Join(' ', args)}");

    /// <summary>Runs any program to the end, <paramref name="input"/> on its standard input, killing its process tree after <paramref name="timeout"/>.</summary>
    public static async Task<CliResult> RunToEndAsync(ProcessStartInfo info, TimeSpan timeout, string what, string input = "")
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = true;
        info.UseShellExecute = false;
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} did not finish in {timeout.TotalMinutes:0.#} minutes");
        }
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>What a CLI run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string All => Stdout + Stderr;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
