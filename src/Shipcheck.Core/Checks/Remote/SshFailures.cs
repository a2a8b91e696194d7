namespace Shipcheck.Core.Checks.Remote;

/// <summary>
/// Turns what ssh logged when it exited 255 without running the step into one message that says what is wrong and
/// what to check, ending with ssh's own last words.
/// </summary>
internal static class SshFailures
{
    public static string Describe(SshTarget target, string log)
    {
        var lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var last = lines.LastOrDefault(l => !l.StartsWith('@')) ?? "";
        var knownHosts = target.KnownHostsFile ?? "~/.ssh/known_hosts";
        var what = Has(log, "REMOTE HOST IDENTIFICATION HAS CHANGED") || Has(log, "has changed and you have requested strict checking")
            ? $"the host key of {target.Display} does not match the one in {knownHosts}: the host may have been reinstalled, or " +
              "someone may be intercepting the connection. Check the new key's fingerprint with the host's owner before you " +
              $"replace the old one (ssh-keygen -R) in {knownHosts}"
            : Has(log, "Host key verification failed")
            ? $"the host key of {target.Display} is not in {knownHosts}: add it after checking its fingerprint " +
              "(ssh-keyscan prints it), or set host_key: accept-new to trust it on first contact"
            : Has(log, "Permission denied")
            ? $"{target.Display} refused the login: check the user and the key, and that the key's public half is in the user's ~/.ssh/authorized_keys on the host"
            : Has(log, "UNPROTECTED PRIVATE KEY FILE") || Has(log, "Load key")
            ? $"ssh cannot use the key {target.KeyFile}: check that it is a private key readable only by you (chmod 600)"
            : Has(log, "Connection refused")
            ? $"{target.Display} refused the connection: check that sshd runs there and listens on that port"
            : Has(log, "timed out")
            ? $"{target.Display} did not answer within {Expectations.Durations.Format(target.ConnectTimeout)}: check the address, the network and any firewall between"
            : Has(log, "Could not resolve hostname")
            ? $"the address of {target.Display} cannot be resolved: check hosts.{target.Name}.address"
            : Has(log, "No route to host") || Has(log, "Network is unreachable")
            ? $"{target.Display} cannot be reached: check the address and the network"
            : Has(log, "closed by") || Has(log, "reset by") || Has(log, "Broken pipe")
            ? $"the connection to {target.Display} was lost: check the host and the network"
            : $"ssh could not run the step on {target.Display}";
        return last.Length == 0 ? what : $"{what} (ssh: {last})";
    }

    private static bool Has(string log, string text) => log.Contains(text, StringComparison.OrdinalIgnoreCase);
}
