using System.Text;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>Where a Docker engine listens, spelled the way <c>DOCKER_HOST</c> spells it: a unix socket or a plain-HTTP TCP address.</summary>
/// <param name="Display">The endpoint as the user wrote it, for messages.</param>
/// <param name="SocketPath">The unix socket's path; null for TCP.</param>
/// <param name="BaseAddress">The HTTP address requests go to (a placeholder host for a unix socket).</param>
internal sealed record DockerEndpoint(string Display, string? SocketPath, Uri BaseAddress)
{
    /// <summary>The engine used when neither the step nor <c>DOCKER_HOST</c> names one.</summary>
    public const string DefaultHost = "unix:///var/run/docker.sock";

    /// <summary>The environment variable the Docker CLI reads, honoured the same way.</summary>
    public const string HostVariable = "DOCKER_HOST";

    /// <summary>What to write instead of an endpoint that cannot be used.</summary>
    public const string Hint = "write unix:///path/to/docker.sock or tcp://host:2375 (plain HTTP; TLS and ssh:// are not supported)";

    private const string UnixScheme = "unix://";
    private const string TcpScheme = "tcp://";
    private const int DefaultTcpPort = 2375;

    // sockaddr_un holds 108 bytes including the terminating NUL.
    private const int MaxSocketPathBytes = 107;

    private static readonly Uri SocketBase = new("http://docker/");

    /// <summary>Reads an endpoint; on failure <paramref name="error"/> says what is wrong with it.</summary>
    public static bool TryParse(string text, out DockerEndpoint endpoint, out string error)
    {
        text = text.Trim();
        endpoint = null!;
        error = "";
        if (text.StartsWith(UnixScheme, StringComparison.OrdinalIgnoreCase))
        {
            var path = text[UnixScheme.Length..];
            error = !path.StartsWith('/') ? $"'{text}' needs an absolute socket path, as in unix:///var/run/docker.sock"
                : Encoding.UTF8.GetByteCount(path) > MaxSocketPathBytes ? $"the socket path of '{text}' is longer than a unix socket path may be ({MaxSocketPathBytes} bytes)"
                : "";
            endpoint = new DockerEndpoint(text, path, SocketBase);
            return error.Length == 0;
        }
        if (text.StartsWith(TcpScheme, StringComparison.OrdinalIgnoreCase)
            && Uri.TryCreate("http://" + text[TcpScheme.Length..], UriKind.Absolute, out var http)
            && http.AbsolutePath == "/" && http.Query.Length == 0 && http.Host.Length > 0)
        {
            var authority = text[TcpScheme.Length..].TrimEnd('/');
            var hasPort = authority.LastIndexOf(':') > authority.LastIndexOf(']');
            endpoint = new DockerEndpoint(text, null, new UriBuilder(http) { Port = hasPort ? http.Port : DefaultTcpPort }.Uri);
            return true;
        }
        error = $"'{text}' is not a Docker endpoint Shipcheck can use";
        return false;
    }
}
