using Shipcheck.Core.Checks.Http;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Promql;

/// <summary>Runs a <c>promql</c> step's instant query once and reports every series of the result.</summary>
public sealed class PromqlProbe(PromqlOptions options) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var query = context.Render(options.Query);
        if (string.IsNullOrWhiteSpace(query))
        {
            return ProbeResult.Failed("the query is empty; check the variables it uses");
        }
        var (server, serverError) = PrometheusServer.Parse(context.Render(options.Server));
        if (server is null)
        {
            return ProbeResult.Failed($"{serverError}; check the server option and the variables it uses");
        }
        var time = context.Time.GetUtcNow();
        if (options.Time is { } given && !EvaluationTime.TryParse(context.Render(given), out time))
        {
            return ProbeResult.Failed($"time '{context.Render(given)}' is not a point in time; {EvaluationTime.Hint}");
        }
        var headers = options.Headers.ToDictionary(h => h.Key, h => context.Render(h.Value), StringComparer.OrdinalIgnoreCase);
        var asked = QueryEvidence.Asked(server, query, time);
        using var request = QueryRequest.Create(server, query, time, context.StepTimeout, headers);
        // Not followed: a redirected POST turns into a GET without the query, and the redirect itself says what to fix.
        var client = HttpClients.For(options.TlsVerify, followRedirects: false);

        var started = context.Time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            var waited = Durations.Format(context.Time.GetElapsedTime(started));
            return ProbeResult.Failed($"no answer from Prometheus at {server.Display} after {waited} (timeout or interrupt); "
                + "give the step a longer timeout or make the query cheaper", output: asked);
        }
        catch (HttpRequestException e)
        {
            return ProbeResult.Failed($"cannot reach Prometheus at {server.Display}: {HttpFailures.Describe(e)}; "
                + "is Prometheus running there, and is server right?", output: asked);
        }
        using (response)
        {
            var body = new ResponseBody();
            try
            {
                await body.ReadAsync(response.Content, cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
            {
                var reason = e is OperationCanceledException ? "timeout or interrupt" : e.Message;
                return ProbeResult.Failed($"the answer from {server.Display} was cut short ({reason}); retry the step", output: asked);
            }
            return QueryAnswer.Read(response, body, server, asked);
        }
    }
}
