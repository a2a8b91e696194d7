using System.Net.Sockets;
using System.Security.Authentication;
using Shipcheck.Core.Checks.Tcp;

namespace Shipcheck.Core.Checks.Http;

/// <summary>Short, lower-case reasons for a request that got no response: "connection refused", "host not found".</summary>
internal static class HttpFailures
{
    public static string Describe(HttpRequestException exception)
    {
        if (Find<SocketException>(exception) is { } socket)
        {
            return SocketErrors.Describe(socket);
        }
        return exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "host not found",
            HttpRequestError.SecureConnectionError =>
                $"TLS handshake failed: {Find<AuthenticationException>(exception)?.Message ?? Innermost(exception).Message} " +
                "(tls_verify: false accepts a self-signed certificate)",
            HttpRequestError.ResponseEnded => "the server closed the connection before responding",
            _ => Innermost(exception).Message,
        };
    }

    private static T? Find<T>(Exception exception) where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is T match)
            {
                return match;
            }
        }
        return null;
    }

    private static Exception Innermost(Exception exception)
    {
        var e = exception;
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }
        return e;
    }
}
