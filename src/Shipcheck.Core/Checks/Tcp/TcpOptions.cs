using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Tcp;

/// <summary>What a <c>tcp</c> step asks for: <c>address</c>, or <c>host</c> and <c>port</c>.</summary>
/// <param name="Address">host:port; null when host and port are given instead.</param>
/// <param name="Host">The host, with <paramref name="Port"/>.</param>
/// <param name="Port">The port, with <paramref name="Host"/>.</param>
public sealed record TcpOptions(Template? Address, Template? Host, Template? Port)
{
    /// <summary>Reads the options of a validated step.</summary>
    public static TcpOptions From(OptionValues options) => new(
        options.Text(TcpKind.AddressOption),
        options.Text(TcpKind.HostOption),
        options.Text(TcpKind.PortOption));

    /// <summary>The address with variables filled in, as <c>host:port</c> (an IPv6 host in brackets).</summary>
    public string Render(ProbeContext context)
    {
        if (Address is not null)
        {
            return context.Render(Address).Trim();
        }
        var host = context.Render(Host ?? Template.Literal("")).Trim();
        var port = context.Render(Port ?? Template.Literal("")).Trim();
        return host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]:{port}" : $"{host}:{port}";
    }
}
