using System.Net.Sockets;

namespace Shipcheck.Core.Checks.Tcp;

/// <summary>Socket errors as short lower-case reasons, worded the same for every kind that connects somewhere.</summary>
public static class SocketErrors
{
    /// <summary>"connection refused", "host not found", …; the system's message for anything rarer.</summary>
    public static string Describe(SocketException socket) => socket.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => "connection refused",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found",
        SocketError.TimedOut => "connection timed out",
        SocketError.HostUnreachable => "host unreachable",
        SocketError.NetworkUnreachable => "network unreachable",
        SocketError.ConnectionReset => "connection reset",
        _ => socket.Message,
    };
}
