using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>
/// A small client of the Docker Engine API: HTTP over the engine's unix socket (or plain TCP), JSON with
/// System.Text.Json. The API version is agreed once from <c>/version</c>. Failures throw
/// <see cref="DockerEngineException"/>, which the probes turn into <c>error</c> steps.
/// </summary>
internal sealed class DockerEngine : IDisposable
{
    private readonly HttpClient _http;
    private string? _versionPrefix;

    public DockerEngine(DockerEndpoint endpoint)
    {
        Endpoint = endpoint;
        var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false };
        if (endpoint.SocketPath is { } path)
        {
            handler.ConnectCallback = (_, cancellationToken) => ConnectAsync(path, cancellationToken);
        }
        // No client timeout: the step's timeout cancels a request, and a log stream may rightly take a while.
        _http = new HttpClient(handler) { BaseAddress = endpoint.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The engine's address.</summary>
    public DockerEndpoint Endpoint { get; }

    /// <summary>GETs a versioned API path and parses the JSON answer; null when the engine answers 404 (no such object).</summary>
    public async Task<JsonElement?> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(await VersionedAsync(path, cancellationToken), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        await EnsureSuccessAsync(response, path, cancellationToken);
        return await ReadJsonAsync(response, path, cancellationToken);
    }

    /// <summary>GETs a versioned API path whose answer is a stream (logs); the caller disposes the response.</summary>
    public async Task<HttpResponseMessage> OpenStreamAsync(string path, CancellationToken cancellationToken)
    {
        var response = await SendAsync(await VersionedAsync(path, cancellationToken), cancellationToken);
        try
        {
            await EnsureSuccessAsync(response, path, cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>The request as messages name it: <c>GET /containers/json</c>, without the query.</summary>
    public static string Describe(string path) => $"GET {path.Split('?')[0]}";

    public void Dispose() => _http.Dispose();

    private async Task<string> VersionedAsync(string path, CancellationToken cancellationToken)
    {
        if (_versionPrefix is null)
        {
            using var response = await SendAsync(ApiVersion.Path, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw DockerEngineException.NotDocker(Endpoint, Describe(ApiVersion.Path), $"HTTP {(int)response.StatusCode}");
            }
            var version = await ReadJsonAsync(response, ApiVersion.Path, cancellationToken);
            _versionPrefix = "/v" + ApiVersion.Choose(version, Endpoint);
        }
        return _versionPrefix + path;
    }

    private async Task<HttpResponseMessage> SendAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw DockerEngineException.Unreachable(Endpoint, ExceptionChain.Find<SocketException>(e), e);
        }
    }

    private async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            var type = response.Content.Headers.ContentType?.MediaType ?? "no content type";
            throw DockerEngineException.NotDocker(Endpoint, Describe(path), $"HTTP {(int)response.StatusCode} {type}");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw DockerEngineException.BrokenStream(Endpoint, Describe(path), ExceptionChain.Innermost(e).Message);
        }
    }

    // The engine explains a refusal as {"message": "..."}; anything else is shown as the start of its text.
    private async Task EnsureSuccessAsync(HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var status = (int)response.StatusCode;
        string message;
        try
        {
            message = await EngineMessages.ReadAsync(response, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            message = "(the answer broke off)";
        }
        throw DockerEngineException.Refused(Endpoint, Describe(path), status, message);
    }

    private static async ValueTask<Stream> ConnectAsync(string path, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
