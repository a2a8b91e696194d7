using System.Globalization;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Http;

/// <summary>Sends an <c>http</c> step's request once and reports status, headers, body, JSON and latency.</summary>
public sealed class HttpProbe(HttpOptions options) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var method = options.Method is null ? "GET" : context.Render(options.Method).Trim().ToUpperInvariant();
        var url = context.Render(options.Url).Trim();
        var label = $"{method} {url}";
        if (!HttpTargets.IsHttpUrl(url, out var uri))
        {
            return ProbeResult.Failed($"{label}: not an absolute http:// or https:// URL");
        }
        if (!HttpOptionRules.IsKnownMethod(method))
        {
            return ProbeResult.Failed($"{label}: unknown HTTP method (use one of {string.Join(", ", HttpKind.Methods)})");
        }
        var headers = options.Headers.ToDictionary(h => h.Key, h => context.Render(h.Value), StringComparer.OrdinalIgnoreCase);
        var body = options.Body is null ? null : context.Render(options.Body);
        using var request = HttpRequestBuilder.Create(method, uri, headers, body);
        var client = HttpClients.For(options.TlsVerify, options.FollowRedirects);

        var started = context.Time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            var waited = context.Time.GetElapsedTime(started);
            return ProbeResult.Failed($"{label}: no response after {Durations.Format(waited)} (timeout or interrupt)", Latency(waited));
        }
        catch (HttpRequestException e)
        {
            return ProbeResult.Failed($"{label}: {HttpFailures.Describe(e)}", Latency(context.Time.GetElapsedTime(started)));
        }
        using (response)
        {
            return await ReadResponseAsync(response, label, context.Time.GetElapsedTime(started), cancellationToken);
        }
    }

    private static async Task<ProbeResult> ReadResponseAsync(HttpResponseMessage response, string label, TimeSpan latency, CancellationToken cancellationToken)
    {
        var observations = new Observations()
            .Set("status", Value.Of((int)response.StatusCode))
            .Set("headers", ResponseHeaders.Observe(response));
        var statusLine = string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}").TrimEnd();
        var body = new ResponseBody();
        try
        {
            await body.ReadAsync(response.Content, cancellationToken);
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
            var reason = e is OperationCanceledException ? "timeout or interrupt" : e.Message;
            observations.Set("body", Value.Of(body.Text)).Set("latency", Value.Of(latency));
            return ProbeResult.Failed($"{label}: the response body was cut short ({reason})", observations, Evidence(statusLine, body.Text));
        }
        observations
            .Set("body", Value.Of(body.Text))
            .Set("json", body.Json())
            .Set("latency", Value.Of(latency));
        return new ProbeResult(observations, Evidence(statusLine, body.Text));
    }

    private static string Evidence(string statusLine, string body) => body.Length == 0 ? statusLine : $"{statusLine}\n{body}";

    private static Observations Latency(TimeSpan waited) => new Observations().Set("latency", Value.Of(waited));
}
