namespace Shipcheck.Core.Checklists.Loading;

/// <summary>The keys of one host under <c>hosts:</c>, with the descriptions the JSON schema shows.</summary>
internal static class HostKeys
{
    public const string Address = "address";
    public const string Port = "port";
    public const string User = "user";
    public const string Key = "key";
    public const string KnownHosts = "known_hosts";
    public const string HostKey = "host_key";
    public const string ConnectTimeout = "connect_timeout";

    /// <summary>The <c>host_key</c> values, in <see cref="HostKeyPolicy"/> order.</summary>
    public static IReadOnlyList<string> HostKeyPolicies { get; } = ["strict", "accept-new"];

    public static IReadOnlyList<(string Key, string Description)> Described { get; } =
    [
        (Address, "The host name or IP address ssh connects to; an alias from ~/.ssh/config works too."),
        (Port, "The SSH port (default: ssh's, normally 22)."),
        (User, "The remote user (default: ssh's, normally your own name or what ~/.ssh/config says)."),
        (Key, "The private key file (ssh -i, with IdentitiesOnly=yes), relative to the checklist's folder; ~ is your home."),
        (KnownHosts, "The known_hosts file holding the host's key, relative to the checklist's folder; default: ssh's own (~/.ssh/known_hosts)."),
        (HostKey, "strict (default): the host's key must already be in known_hosts; accept-new: a host seen for the first time is added. A changed key is refused either way."),
        (ConnectTimeout, "How long ssh may take to connect (default 10s)."),
    ];

    public static IReadOnlyList<string> All { get; } = [.. Described.Select(d => d.Key)];
}
