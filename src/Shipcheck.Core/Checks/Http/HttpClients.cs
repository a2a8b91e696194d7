using System.Net;

namespace Shipcheck.Core.Checks.Http;

/// <summary>
/// The few clients every <c>http</c> step shares, one per TLS/redirect combination, so hundreds of concurrent checks
/// reuse pooled connections instead of exhausting sockets.
/// </summary>
internal static class HttpClients
{
    private static readonly Lazy<HttpClient>[] Clients =
    [
        new(() => Create(tlsVerify: true, followRedirects: true)),
        new(() => Create(tlsVerify: true, followRedirects: false)),
        new(() => Create(tlsVerify: false, followRedirects: true)),
        new(() => Create(tlsVerify: false, followRedirects: false)),
    ];

    public static HttpClient For(bool tlsVerify, bool followRedirects) =>
        Clients[(tlsVerify ? 0 : 2) + (followRedirects ? 0 : 1)].Value;

    private static HttpClient Create(bool tlsVerify, bool followRedirects)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = followRedirects,
            MaxConnectionsPerServer = 1024,
            // Deployments move services: keep connections short-lived so a check sees the new instance, not a pooled old one.
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(15),
            AutomaticDecompression = DecompressionMethods.All,
            // Checks are independent; a cookie set for one must not change what another sees.
            UseCookies = false,
        };
        if (!tlsVerify)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }
        // Timeouts are the step's cancellation, never the client's own.
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("shipcheck/1.0");
        return client;
    }
}
