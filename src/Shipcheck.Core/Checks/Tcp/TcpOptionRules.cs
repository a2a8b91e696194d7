using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Tcp;

/// <summary>Load-time checks of a <c>tcp</c> step: one way to name the target, and a valid port when it is literal.</summary>
internal static class TcpOptionRules
{
    private const string Example = "for example 'tcp: 127.0.0.1:5432', or 'tcp: { host: db, port: 5432 }'";

    public static void Check(OptionValues options, DiagnosticBag diagnostics)
    {
        var address = options.Text(TcpKind.AddressOption);
        var host = options.Text(TcpKind.HostOption);
        var port = options.Text(TcpKind.PortOption);
        if (address is null && host is null && port is null)
        {
            diagnostics.Add(options.StepSpan, "tcp needs an address (host:port), or host and port", Example);
            return;
        }
        if (address is not null && (host is not null || port is not null))
        {
            diagnostics.Add(options.SpanOf(AddressOrOther(options)), "give either address, or host and port, not both", Example);
            return;
        }
        if (address is { IsLiteral: true } && !TcpAddress.TryParse(address.Source, out _))
        {
            diagnostics.Add(options.SpanOf(TcpKind.AddressOption), $"'{address.Source}' is not host:port with a port from 1 to 65535", Example);
        }
        if (address is null && host is null)
        {
            diagnostics.Add(options.SpanOf(TcpKind.PortOption), "port needs a host", Example);
        }
        if (address is null && port is null)
        {
            diagnostics.Add(options.SpanOf(TcpKind.HostOption), "host needs a port", Example);
        }
        if (port is { IsLiteral: true } && !TcpAddress.TryParsePort(port.Source, out _))
        {
            diagnostics.Add(options.SpanOf(TcpKind.PortOption), $"'{port.Source}' is not a port from 1 to 65535", Example);
        }
    }

    private static string AddressOrOther(OptionValues options) =>
        options.Has(TcpKind.HostOption) ? TcpKind.HostOption : TcpKind.PortOption;
}
