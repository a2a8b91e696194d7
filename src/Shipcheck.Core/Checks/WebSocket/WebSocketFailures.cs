using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Authentication;
using Shipcheck.Core.Checks.Tcp;

namespace Shipcheck.Core.Checks.WebSockets;

/// <summary>Short, lower-case reasons for a WebSocket that did not open: "connection refused", "HTTP 404 instead of a WebSocket".</summary>
internal static class WebSocketFailures
{
    public static string Describe(WebSocketException exception, int httpStatus)
    {
        if (ExceptionChain.Find<SocketException>(exception) is { } socket)
        {
            return SocketErrors.Describe(socket);
        }
        if (httpStatus != 0)
        {
            return $"the server answered HTTP {httpStatus} instead of accepting the WebSocket";
        }
        if (ExceptionChain.Find<AuthenticationException>(exception) is { } tls)
        {
            return $"TLS handshake failed: {tls.Message} (tls_verify: false accepts a self-signed certificate)";
        }
        return ExceptionChain.Innermost(exception).Message;
    }
}
