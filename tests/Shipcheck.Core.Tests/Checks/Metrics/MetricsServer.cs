using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Shipcheck.Core.Tests.Checks.Metrics;

/// <summary>
/// A real Kestrel server on 127.0.0.1 serving the expositions a test sets: the n-th request to a path gets the n-th
/// body (the last one again after that), so a counter can rise between two scrapes. Shared by a test class.
/// </summary>
public sealed class MetricsServer : IAsyncLifetime
{
    public const string TextFormat = "text/plain; version=0.0.4; charset=utf-8";
    public const string OpenMetrics = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private readonly ConcurrentDictionary<string, Response> _responses = new();
    private WebApplication? _app;
    private int _paths;

    /// <summary>http://127.0.0.1:port</summary>
    public string Base { get; private set; } = "";

    /// <summary>The headers of the last request, by lower-case name.</summary>
    public IReadOnlyDictionary<string, string> LastHeaders { get; private set; } = new Dictionary<string, string>();

    /// <summary>Serves the bodies in turn at a fresh path; returns its URL.</summary>
    public string Serve(string contentType, params string[] bodies) => Serve(contentType, 200, bodies);

    public string Serve(string contentType, int status, params string[] bodies)
    {
        var path = $"/m{Interlocked.Increment(ref _paths)}";
        _responses[path] = new Response(contentType, status, bodies);
        return Base + path;
    }

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapGet("/{path}", Answer);
        _app.MapGet("/huge/{bytes:long}", WriteFillerAsync);
        await _app.StartAsync();
        Base = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }

    private IResult Answer(string path, HttpContext http)
    {
        LastHeaders = http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        if (!_responses.TryGetValue("/" + path, out var response))
        {
            return Results.NotFound();
        }
        var body = response.Next();
        if (response.Status == 401 && http.Request.Headers.Authorization == "Bearer let-me-in")
        {
            return Results.Text(body, response.ContentType, statusCode: 200);
        }
        return Results.Text(body, response.ContentType, statusCode: response.Status);
    }

    // Comment lines cost the parser nothing to keep, so only the size limit can stop this body.
    private static async Task WriteFillerAsync(long bytes, HttpContext http)
    {
        http.Response.ContentType = TextFormat;
        var line = System.Text.Encoding.ASCII.GetBytes("# filler " + new string('x', 1014) + "\n");
        for (long written = 0; written < bytes; written += line.Length)
        {
            await http.Response.Body.WriteAsync(line, http.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private sealed class Response(string contentType, int status, string[] bodies)
    {
        private int _served;

        public string ContentType => contentType;

        public int Status => status;

        public string Next() => bodies[Math.Min(Interlocked.Increment(ref _served) - 1, bodies.Length - 1)];
    }
}
