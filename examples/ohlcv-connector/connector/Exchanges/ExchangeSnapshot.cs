using OhlcvConnector.Metrics;

namespace OhlcvConnector.Exchanges;

/// <summary>One exchange's counters and state at one moment, taken under its lock so a scrape is consistent.</summary>
/// <param name="Name">The exchange.</param>
/// <param name="Connected">Whether its feed is connected.</param>
/// <param name="Breaker">Its circuit breaker.</param>
/// <param name="QuotesProcessed">Quotes processed since start.</param>
/// <param name="DuplicatesFiltered">Duplicate quotes dropped since start.</param>
/// <param name="ConnectionErrors">Feed errors since start.</param>
/// <param name="BackfillsSucceeded">REST backfills that succeeded.</param>
/// <param name="BackfillsFailed">REST backfills that failed.</param>
/// <param name="Latency">The quote latency histogram.</param>
public sealed record ExchangeSnapshot(
    string Name,
    bool Connected,
    BreakerState Breaker,
    long QuotesProcessed,
    long DuplicatesFiltered,
    long ConnectionErrors,
    long BackfillsSucceeded,
    long BackfillsFailed,
    HistogramSnapshot Latency);

/// <summary>A circuit breaker's state, with the number connector_circuit_breaker_state reports.</summary>
public enum BreakerState
{
    /// <summary>Quotes flow.</summary>
    Closed = 0,

    /// <summary>Too many failures: the exchange is cut off.</summary>
    Open = 1,

    /// <summary>Trying again after the recovery timeout.</summary>
    HalfOpen = 2,
}
