namespace Shipcheck.Core.Checks.Remote;

/// <summary>What a remote step runs on its host.</summary>
/// <param name="Command">Shell text, run as <c>&lt;shell&gt; -c</c> would run it; it reaches the host inside the script on standard input.</param>
/// <param name="Exports">Environment variables for the command, written into the script as quoted assignments.</param>
/// <param name="Shell">The shell that runs the command; null for bash where the host has it, sh elsewhere.</param>
/// <param name="WorkingDirectory">Where the command runs on the host (<c>~</c> is the remote home); null for the remote home.</param>
internal sealed record RemoteJob(string Command, IReadOnlyList<KeyValuePair<string, string>> Exports, string? Shell = null, string? WorkingDirectory = null);
