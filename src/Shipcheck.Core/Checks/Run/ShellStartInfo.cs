using System.Diagnostics;

namespace Shipcheck.Core.Checks.Run;

/// <summary>Builds the process for a <c>run</c> step: the shell in a session of its own, all three streams redirected.</summary>
internal static class ShellStartInfo
{
    private const string SetsidPath = "/usr/bin/setsid";

    /// <summary>True when the shell starts as the leader of a new session and process group.</summary>
    public static bool LeadsOwnGroup { get; } = File.Exists(SetsidPath);

    public static ProcessStartInfo Create(string shell, string command, string workingDirectory, IEnumerable<KeyValuePair<string, string>> environment)
    {
        var info = ForProgram(shell, ["-c", command], workingDirectory);
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        return info;
    }

    /// <summary>
    /// Any program started the same way, without a shell (kubectl): its arguments as a list, leading its own process
    /// group so that <see cref="ProcessStopper"/> can stop it with everything it started.
    /// </summary>
    public static ProcessStartInfo ForProgram(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            // Redirected and closed at once: the command reads end-of-file and never the runner's terminal.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (LeadsOwnGroup)
        {
            // setsid makes the program lead a new session and process group whose id is its pid, so a timeout can
            // signal every descendant at once. -w keeps the exit status if setsid ever has to fork.
            info.FileName = SetsidPath;
            info.ArgumentList.Add("-w");
            info.ArgumentList.Add(program);
        }
        else
        {
            info.FileName = program;
        }
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        return info;
    }
}
