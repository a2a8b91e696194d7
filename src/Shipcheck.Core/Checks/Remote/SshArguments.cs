using System.Globalization;
using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Remote;

/// <summary>
/// The ssh command line for a remote step. It carries how to reach the host and nothing else: the script, the command
/// and every variable value travel on ssh's standard input, never in an argument another user could read in ps.
/// </summary>
internal static class SshArguments
{
    /// <summary>What the remote user's login shell runs: a POSIX shell reading the step's script from standard input.</summary>
    public const string RemoteCommand = "sh -s";

    /// <summary>Arguments for <c>ssh</c>; ssh's own messages go to <paramref name="logFile"/>, so standard error is the host's alone.</summary>
    public static IReadOnlyList<string> For(SshTarget target, string logFile)
    {
        var seconds = (int)Math.Ceiling(target.ConnectTimeout.TotalSeconds);
        // ssh keeps the first value it is given for an option, so each is given once.
        List<string> arguments =
        [
            "-T",
            "-o", "BatchMode=yes",
            "-o", "StrictHostKeyChecking=" + (target.HostKey == HostKeyPolicy.AcceptNew ? "accept-new" : "yes"),
            "-o", "ConnectTimeout=" + seconds.ToString(CultureInfo.InvariantCulture),
            // A connection that dies mid-command ends the step within about 30s instead of at its timeout.
            "-o", "ServerAliveInterval=10",
            "-o", "ServerAliveCountMax=3",
            // Port forwards from ~/.ssh/config would clash between concurrent steps and are never what a check needs.
            "-o", "ClearAllForwardings=yes",
            "-o", "LogLevel=ERROR",
            "-E", logFile,
        ];
        if (target.KeyFile is { } key)
        {
            arguments.AddRange(["-i", key, "-o", "IdentitiesOnly=yes"]);
        }
        if (target.KnownHostsFile is { } knownHosts)
        {
            // The option holds a list of files separated by spaces: quoted, a path with a space stays one file.
            arguments.AddRange(["-o", "UserKnownHostsFile=\"" + Literal(knownHosts) + "\""]);
        }
        if (target.Port is { } port)
        {
            arguments.AddRange(["-p", port.ToString(CultureInfo.InvariantCulture)]);
        }
        if (target.User is { } user)
        {
            arguments.AddRange(["-l", user]);
        }
        // "--" ends the options: nothing after it can be read as one.
        arguments.AddRange(["--", target.Address, RemoteCommand]);
        return arguments;
    }

    // ssh expands %d, %u, %h… in file names; %% is a plain %.
    private static string Literal(string path) => path.Replace("%", "%%", StringComparison.Ordinal);
}
