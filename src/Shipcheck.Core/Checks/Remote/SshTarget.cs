using System.Globalization;
using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checklists.Loading;

namespace Shipcheck.Core.Checks.Remote;

/// <summary>A host with its values rendered for one step: what the ssh command line is built from.</summary>
/// <param name="Name">The host's name in the checklist.</param>
/// <param name="Address">Where ssh connects.</param>
/// <param name="Port">The port; null for ssh's own.</param>
/// <param name="User">The remote user; null for ssh's own.</param>
/// <param name="KeyFile">The identity file, a full path; null for ssh's own keys.</param>
/// <param name="KnownHostsFile">The known_hosts file, a full path; null for ssh's own.</param>
/// <param name="HostKey">How an unknown host key is treated.</param>
/// <param name="ConnectTimeout">How long ssh may take to connect.</param>
internal sealed record SshTarget(
    string Name, string Address, int? Port, string? User, string? KeyFile, string? KnownHostsFile, HostKeyPolicy HostKey, TimeSpan ConnectTimeout)
{
    /// <summary>The host as a person reads it in a message: <c>oracle-a1 (deploy@10.0.0.5:22)</c>.</summary>
    public string Display =>
        $"{Name} ({(User is null ? "" : User + "@")}{Address}{(Port is { } p ? ":" + p.ToString(CultureInfo.InvariantCulture) : "")})";

    /// <summary>The host's values rendered with the step's variables, or what is wrong with them.</summary>
    public static (SshTarget? Target, string? Error) Resolve(HostDefinition host, ProbeContext context)
    {
        var address = context.Render(host.Address).Trim();
        var user = host.User is null ? null : context.Render(host.User).Trim();
        var key = host.Key is null ? null : LocalFile(context, context.Render(host.Key));
        var knownHosts = host.KnownHosts is null ? null : LocalFile(context, context.Render(host.KnownHosts));
        var problem = HostValues.Problem(HostKeys.Address, address)
            ?? (user is null ? null : HostValues.Problem(HostKeys.User, user))
            ?? (key is null ? null : HostValues.Problem(HostKeys.Key, key))
            ?? (knownHosts is null ? null : HostValues.Problem(HostKeys.KnownHosts, knownHosts));
        if (problem is not null)
        {
            return (null, $"host {host.Name}: {problem}; check hosts.{host.Name} in the checklist");
        }
        if (key is not null && !File.Exists(key))
        {
            return (null, $"host {host.Name}: the key file {key} does not exist; check hosts.{host.Name}.key (relative paths start at the checklist's folder)");
        }
        if (knownHosts is not null && host.HostKey == HostKeyPolicy.Strict && !File.Exists(knownHosts))
        {
            return (null, $"host {host.Name}: the known_hosts file {knownHosts} does not exist; add the host's key to it " +
                "(after checking its fingerprint) or set host_key: accept-new to add it on first contact");
        }
        return (new SshTarget(host.Name, address, host.Port, user, key, knownHosts, host.HostKey, host.ConnectTimeout), null);
    }

    // "~" is the runner's home, as in a shell; anything else relative starts at the checklist's folder.
    private static string LocalFile(ProbeContext context, string path)
    {
        path = path.Trim();
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (path == "~")
        {
            return home;
        }
        return context.ResolvePath(path.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(home, path[2..]) : path);
    }
}
