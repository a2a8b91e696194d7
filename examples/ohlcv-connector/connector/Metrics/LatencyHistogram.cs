namespace OhlcvConnector.Metrics;

/// <summary>Quote latencies in seconds, counted into Prometheus-style buckets. Not thread-safe: its owner locks.</summary>
public sealed class LatencyHistogram
{
    /// <summary>The upper bounds of the finite buckets, in seconds (the +Inf bucket follows).</summary>
    public static readonly IReadOnlyList<double> Bounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private readonly long[] _counts = new long[Bounds.Count + 1];
    private double _sum;

    /// <summary>Counts one observation.</summary>
    public void Observe(double seconds)
    {
        var bucket = 0;
        while (bucket < Bounds.Count && seconds > Bounds[bucket])
        {
            bucket++;
        }
        _counts[bucket]++;
        _sum += seconds;
    }

    /// <summary>A copy with cumulative bucket counts, as the exposition format writes them.</summary>
    public HistogramSnapshot Snapshot()
    {
        var cumulative = new long[_counts.Length];
        long total = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            total += _counts[i];
            cumulative[i] = total;
        }
        return new HistogramSnapshot(cumulative, _sum);
    }
}

/// <summary>A histogram at one moment.</summary>
/// <param name="Cumulative">Observations at or below each bound of <see cref="LatencyHistogram.Bounds"/>, then +Inf.</param>
/// <param name="Sum">The sum of all observations.</param>
public sealed record HistogramSnapshot(IReadOnlyList<long> Cumulative, double Sum)
{
    /// <summary>How many observations there were.</summary>
    public long Count => Cumulative[^1];
}
