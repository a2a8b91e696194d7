namespace Shipcheck.Core.Checklists;

/// <summary>
/// A host declared once under <c>hosts:</c> and named by steps with <c>on:</c>. Steps on it run through the system
/// <c>ssh</c> client; every value but the port and the timeouts may use <c>${name}</c>, rendered when the step runs.
/// </summary>
/// <param name="Name">The name steps use in <c>on:</c>.</param>
/// <param name="Address">The host name or IP address ssh connects to (an alias from ~/.ssh/config works too).</param>
/// <param name="Span">Where the host is declared.</param>
public sealed record HostDefinition(string Name, Template Address, SourceSpan Span)
{
    /// <summary>How long ssh may take to connect when the host says nothing.</summary>
    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The SSH port; null for ssh's own choice (22, or what ~/.ssh/config says).</summary>
    public int? Port { get; init; }

    /// <summary>The remote user; null for ssh's own choice.</summary>
    public Template? User { get; init; }

    /// <summary>The identity file, relative to the checklist's folder, <c>~</c> expanded; null for ssh's own keys and agent.</summary>
    public Template? Key { get; init; }

    /// <summary>The known_hosts file, relative to the checklist's folder, <c>~</c> expanded; null for ssh's own files.</summary>
    public Template? KnownHosts { get; init; }

    /// <summary>What to do with a host key that known_hosts does not hold yet.</summary>
    public HostKeyPolicy HostKey { get; init; } = HostKeyPolicy.Strict;

    /// <summary>How long ssh may take to connect.</summary>
    public TimeSpan ConnectTimeout { get; init; } = DefaultConnectTimeout;
}

/// <summary>How ssh treats the host's key (<c>StrictHostKeyChecking</c>). A key that differs from the known one is refused either way.</summary>
public enum HostKeyPolicy
{
    /// <summary>The host must already be in known_hosts (<c>StrictHostKeyChecking=yes</c>).</summary>
    Strict,

    /// <summary>A host not yet known is added on first contact (<c>StrictHostKeyChecking=accept-new</c>).</summary>
    AcceptNew,
}
