using System.Diagnostics;

namespace Shipcheck.Core.Checks.Run;

/// <summary>
/// Builds the process for a <c>run</c> step (and the ssh client of a remote step): the program in a session of its
/// own, all three streams redirected.
/// </summary>
internal static class ShellStartInfo
{
    private const string SetsidPath = "/usr/bin/setsid";

    /// <summary>True when the program starts as the leader of a new session and process group.</summary>
    public static bool LeadsOwnGroup { get; } = File.Exists(SetsidPath);

    public static ProcessStartInfo Create(string shell, string command, string workingDirectory, IEnumerable<KeyValuePair<string, string>> environment)
    {
        var info = InOwnGroup(shell, ["-c", command], workingDirectory);
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        return info;
    }

    /// <summary>Starts <paramref name="file"/> with <paramref name="arguments"/> as the leader of its own process group when it can.</summary>
    public static ProcessStartInfo InOwnGroup(string file, IEnumerable<string> arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            // Redirected: a run step closes it at once so the command reads end-of-file and never the runner's
            // terminal; a remote step writes its script there.
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
            info.ArgumentList.Add(file);
        }
        else
        {
            info.FileName = file;
        }
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        return info;
    }
}
