namespace OhlcvConnector.Metrics;

/// <summary>The connector's /metrics page: the families seed 001 greps for, by exchange where the seed's alerts use one.</summary>
public static class ConnectorMetrics
{
    /// <summary>Renders every family from one snapshot per exchange.</summary>
    public static string Render(Connector connector)
    {
        var exchanges = connector.Exchanges.Select(e => e.Snapshot()).ToList();
        var text = new PrometheusText();

        text.Family("connector_quotes_processed_total", "counter", "Quotes processed, by exchange.");
        exchanges.ForEach(e => text.Sample("connector_quotes_processed_total", e.QuotesProcessed, ("exchange", e.Name)));

        text.Family("connector_circuit_breaker_state", "gauge", "Circuit breaker state by exchange: 0 closed, 1 open, 2 half-open.");
        exchanges.ForEach(e => text.Sample("connector_circuit_breaker_state", (int)e.Breaker, ("exchange", e.Name)));

        text.Family("connector_active_connections", "gauge", "Exchange feeds connected.");
        text.Sample("connector_active_connections", exchanges.Count(e => e.Connected));

        text.Family("connector_quote_latency_seconds", "histogram", "Time from the exchange's quote timestamp to processing.");
        exchanges.ForEach(e => text.Histogram("connector_quote_latency_seconds", e.Latency, ("exchange", e.Name)));

        text.Family("connector_duplicates_filtered_total", "counter", "Duplicate quotes dropped, by exchange.");
        exchanges.ForEach(e => text.Sample("connector_duplicates_filtered_total", e.DuplicatesFiltered, ("exchange", e.Name)));

        text.Family("connector_connection_errors_total", "counter", "Feed errors, by exchange.");
        exchanges.ForEach(e => text.Sample("connector_connection_errors_total", e.ConnectionErrors, ("exchange", e.Name)));

        text.Family("connector_rest_backfills_total", "counter", "REST backfills, by exchange and result.");
        foreach (var e in exchanges)
        {
            text.Sample("connector_rest_backfills_total", e.BackfillsSucceeded, ("exchange", e.Name), ("result", "success"));
            text.Sample("connector_rest_backfills_total", e.BackfillsFailed, ("exchange", e.Name), ("result", "failure"));
        }

        // The simulated queues never fill: nothing blocks, and the depths stay at 0.
        text.Family("connector_queue_blocking_events_total", "counter", "Times a producer waited on a full queue.");
        text.Sample("connector_queue_blocking_events_total", 0, ("queue", "closed"));
        text.Sample("connector_queue_blocking_events_total", 0, ("queue", "open"));
        text.Family("connector_queue_depth_closed", "gauge", "Closed candles waiting to be written.");
        text.Sample("connector_queue_depth_closed", 0);
        text.Family("connector_queue_depth_open", "gauge", "Open candles waiting to be written.");
        text.Sample("connector_queue_depth_open", 0);

        text.Family("connector_websocket_clients", "gauge", "WebSocket clients connected.");
        text.Sample("connector_websocket_clients", connector.WebSocketClients);
        text.Family("connector_build_info", "gauge", "The running release.");
        text.Sample("connector_build_info", 1, ("version", connector.Release.Version));
        return text.ToString();
    }
}
