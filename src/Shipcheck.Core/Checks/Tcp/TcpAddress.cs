using System.Globalization;

namespace Shipcheck.Core.Checks.Tcp;

/// <summary>A host and port to connect to, read from <c>host:port</c> or <c>[v6]:port</c>.</summary>
/// <param name="Host">A name or IP address, without brackets.</param>
/// <param name="Port">1 to 65535.</param>
public sealed record TcpAddress(string Host, int Port)
{
    /// <summary>Reads <c>host:port</c>; false when there is no host or no port from 1 to 65535.</summary>
    public static bool TryParse(string text, out TcpAddress address)
    {
        address = new TcpAddress("", 0);
        var trimmed = text.Trim();
        var colon = trimmed.LastIndexOf(':');
        if (colon <= 0)
        {
            return false;
        }
        var host = trimmed[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }
        else if (host.Contains(':', StringComparison.Ordinal))
        {
            // An IPv6 address must be bracketed, or its last group would read as the port.
            return false;
        }
        if (host.Length == 0 || !TryParsePort(trimmed[(colon + 1)..], out var port))
        {
            return false;
        }
        address = new TcpAddress(host, port);
        return true;
    }

    /// <summary>Reads a port number from 1 to 65535.</summary>
    public static bool TryParsePort(string text, out int port) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535;

    /// <inheritdoc/>
    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
