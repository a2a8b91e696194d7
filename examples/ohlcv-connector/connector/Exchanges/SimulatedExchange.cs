using OhlcvConnector.Metrics;

namespace OhlcvConnector.Exchanges;

/// <summary>
/// One exchange's feed, simulated in-process (no network): it connects, then delivers quotes at the release's rate
/// with latencies drawn around its median, and now and then a duplicate the connector filters. In a release with a
/// fault for this exchange, its messages stop decoding at the fault's time: the breaker opens in the same instant the
/// quotes stop, and ERROR lines follow in the log.
/// </summary>
public sealed partial class SimulatedExchange
{
    private const double DuplicateShare = 0.001;
    private const int TicksPerBackfill = 100;

    private readonly Lock _lock = new();
    private readonly ExchangeConfig _config;
    private readonly ConnectorLog _log;
    private readonly TimeProvider _time;
    private readonly TimeSpan _tick;
    private readonly double _latencyMedianSeconds;
    private readonly ExchangeFault? _fault;
    private readonly Random _random;
    private readonly Dictionary<string, Quote> _latest = new(StringComparer.Ordinal);
    private readonly LatencyHistogram _latency = new();
    private bool _connected;
    private DateTimeOffset _connectedAt;
    private BreakerState _breaker = BreakerState.Closed;
    private long _quotes, _duplicates, _errors, _backfills, _ticks, _ticksOpen;

    /// <summary>Creates the feed of <paramref name="config"/> for <paramref name="release"/>.</summary>
    public SimulatedExchange(ExchangeConfig config, ReleaseConfig release, ConnectorLog log, TimeProvider time)
    {
        _config = config;
        _log = log;
        _time = time;
        _tick = TimeSpan.FromSeconds(1 / release.QuotesPerSecond);
        _latencyMedianSeconds = release.LatencyMedianMs / 1000;
        _fault = release.Fault?.Exchange == config.Name ? release.Fault : null;
        // Seeded by name (string hashes differ from run to run): the same exchange behaves alike in every run.
        _random = new Random(config.Name.Aggregate(17, (seed, c) => unchecked((seed * 31) + c)));
        foreach (var symbol in config.Symbols)
        {
            var mid = StartingPrice(symbol);
            _latest[symbol] = new Quote(config.Name, symbol, mid - mid * 0.00005, mid + mid * 0.00005, time.GetUtcNow().ToUnixTimeMilliseconds());
        }
    }

    /// <summary>The exchange's name.</summary>
    public string Name => _config.Name;

    /// <summary>The symbols it quotes.</summary>
    public IReadOnlyList<string> Symbols => _config.Symbols;

    /// <summary>Connects, then delivers quotes until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100 + _random.Next(200)), _time, stop);
            lock (_lock)
            {
                _connected = true;
                _connectedAt = _time.GetUtcNow();
            }
            _log.Info($"{Name}: connected (simulated feed: {string.Join(", ", Symbols)})");
            using var timer = new PeriodicTimer(_tick, _time);
            while (await timer.WaitForNextTickAsync(stop))
            {
                Tick();
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        lock (_lock)
        {
            _connected = false;
        }
        _log.Info($"{Name}: disconnected");
    }

    /// <summary>The latest quote of <paramref name="symbol"/>, or null when the exchange does not quote it.</summary>
    public Quote? Latest(string symbol)
    {
        lock (_lock)
        {
            return _latest.GetValueOrDefault(symbol);
        }
    }

    /// <summary>The counters and state, all from one moment.</summary>
    public ExchangeSnapshot Snapshot()
    {
        lock (_lock)
        {
            // The simulated REST API never fails a backfill.
            return new ExchangeSnapshot(Name, _connected, _breaker, _quotes, _duplicates, _errors, _backfills, BackfillsFailed: 0, _latency.Snapshot());
        }
    }

    private static double StartingPrice(string symbol) =>
        symbol.StartsWith("BTC", StringComparison.Ordinal) ? 64_000 : symbol.StartsWith("ETH", StringComparison.Ordinal) ? 3_100 : 100;
}
