namespace OhlcvConnector.Exchanges;

public sealed partial class SimulatedExchange
{
    private const int FailuresToOpen = 5;
    private static readonly TimeSpan RecoveryProbeEvery = TimeSpan.FromSeconds(2);

    // One message from the feed: a quote, a duplicate, or (once the fault has started) a message that fails to decode.
    private void Tick()
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            _ticks++;
            if (_fault is { } fault && _breaker == BreakerState.Closed && now - _connectedAt >= TimeSpan.FromSeconds(fault.AfterSeconds))
            {
                Open(fault);
                return;
            }
            if (_breaker == BreakerState.Open)
            {
                ProbeRecovery();
                return;
            }
            if (_ticks % TicksPerBackfill == 0)
            {
                _backfills++;
            }
            if (_random.NextDouble() < DuplicateShare)
            {
                _duplicates++;
                return;
            }
            var symbol = Symbols[(int)(_ticks % Symbols.Count)];
            var latency = SampleLatencySeconds();
            _latest[symbol] = NextQuote(_latest[symbol], now.ToUnixTimeMilliseconds() - (long)(latency * 1000));
            _latency.Observe(latency);
            _quotes++;
        }
    }

    // All at once, under the lock: a scrape sees either a closed breaker with quotes flowing, or an open one.
    private void Open(ExchangeFault fault)
    {
        for (var failure = 1; failure <= FailuresToOpen; failure++)
        {
            _errors++;
            _log.Error($"{Name}: {fault.Error} (failure {failure} of {FailuresToOpen})");
        }
        _breaker = BreakerState.Open;
        _log.Error($"{Name}: circuit breaker open after {FailuresToOpen} consecutive failures; quotes from {Name} stop");
    }

    private void ProbeRecovery()
    {
        _ticksOpen++;
        if (_ticksOpen % Math.Max(1, (long)(RecoveryProbeEvery / _tick)) == 0)
        {
            _errors++;
            _log.Error($"{Name}: recovery probe failed: {_fault?.Error}; circuit breaker stays open");
        }
    }

    // Log-normal around the median (sigma 0.6: p95 is about 2.7 times the median), capped at 3 seconds.
    private double SampleLatencySeconds()
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
        return Math.Min(3, _latencyMedianSeconds * Math.Exp(0.6 * normal));
    }

    private Quote NextQuote(Quote last, long timestamp)
    {
        var mid = (last.Bid + last.Ask) / 2 * (1 + (_random.NextDouble() - 0.5) * 0.0004);
        var halfSpread = mid * 0.00005;
        return last with { Bid = Math.Round(mid - halfSpread, 2), Ask = Math.Round(mid + halfSpread, 2), Timestamp = timestamp };
    }
}
