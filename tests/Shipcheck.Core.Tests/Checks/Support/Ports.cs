using System.Net;
using System.Net.Sockets;

namespace Shipcheck.Core.Tests.Checks.Support;

/// <summary>Loopback ports for tests.</summary>
internal static class Ports
{
    /// <summary>A port on 127.0.0.1 that nothing listens on: bound by the OS a moment ago, then released.</summary>
    public static int Closed()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
