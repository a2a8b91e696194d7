using System.Net;
using System.Net.Sockets;

namespace Shipcheck.Cli.Tests.Examples;

/// <summary>Ports on 127.0.0.1 for the services an example starts.</summary>
internal static class LoopbackPorts
{
    /// <summary>A port nothing listens on: bound by the OS a moment ago, then released.</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
