using OhlcvConnector.Exchanges;
using OhlcvConnector.Metrics;

namespace OhlcvConnector.Endpoints;

/// <summary>The health port's endpoints: /health (the process answers), /ready (every exchange healthy), /metrics.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps the three endpoints.</summary>
    public static void Map(WebApplication app, Connector connector)
    {
        app.MapGet("/health", () => Results.Json(new
        {
            status = "healthy",
            version = connector.Release.Version,
            uptime_seconds = Math.Round(connector.Uptime.TotalSeconds, 1),
        }));
        app.MapGet("/ready", () => Ready(connector));
        app.MapGet("/metrics", () => Results.Text(ConnectorMetrics.Render(connector), PrometheusText.ContentType));
    }

    // Ready when every feed is connected and no breaker is open; otherwise 503 naming each exchange's state.
    private static IResult Ready(Connector connector)
    {
        var states = connector.Exchanges.Select(e => e.Snapshot()).ToDictionary(s => s.Name, State);
        var healthy = states.Count(s => s.Value == "healthy");
        var ready = healthy == states.Count;
        return Results.Json(new
        {
            status = ready ? "ready" : "not_ready",
            version = connector.Release.Version,
            healthy_exchanges = healthy,
            exchanges = states,
        }, statusCode: ready ? 200 : 503);
    }

    private static string State(ExchangeSnapshot exchange) => exchange switch
    {
        { Connected: false } => "connecting",
        { Breaker: BreakerState.Open } => "circuit_open",
        { Breaker: BreakerState.HalfOpen } => "circuit_half_open",
        _ => "healthy",
    };
}
