using System.Net.Sockets;
using System.Security.Authentication;
using Shipcheck.Core.Checks.Tcp;

namespace Shipcheck.Core.Checks.Http;

/// <summary>Short, lower-case reasons for a request that got no response: "connection refused", "host not found".</summary>
internal static class HttpFailures
{
    public static string Describe(HttpRequestException exception)
    {
        if (ExceptionChain.Find<SocketException>(exception) is { } socket)
        {
            return SocketErrors.Describe(socket);
        }
        return exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "host not found",
            HttpRequestError.SecureConnectionError =>
                $"TLS handshake failed: {ExceptionChain.Find<AuthenticationException>(exception)?.Message ?? ExceptionChain.Innermost(exception).Message} " +
                "(tls_verify: false accepts a self-signed certificate)",
            HttpRequestError.ResponseEnded => "the server closed the connection before responding",
            _ => ExceptionChain.Innermost(exception).Message,
        };
    }
}
