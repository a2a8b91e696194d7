namespace Shipcheck.Core.Checks.Metrics.Series;

/// <summary>
/// How a series moved between two scrapes: <see cref="Increase"/> and <see cref="Rate"/> per second. For cumulative
/// series (counters, histogram and summary counts) a drop means the process restarted and counted again from zero, as
/// Prometheus's <c>increase()</c> assumes; for gauges it is the plain difference.
/// </summary>
/// <param name="Increase">The change of the value.</param>
/// <param name="Rate">The change per second.</param>
/// <param name="Buckets">For a histogram, each bucket's increase (the observations between the scrapes); else null.</param>
public sealed record SeriesChange(double Increase, double Rate, IReadOnlyList<(double UpperBound, double Count)>? Buckets)
{
    /// <summary>The change of <paramref name="after"/> since <paramref name="before"/>, <paramref name="seconds"/> apart.</summary>
    public static SeriesChange Between(ScrapedSeries before, ScrapedSeries after, double seconds)
    {
        var increase = Difference(before.Value, after.Value, after.IsCumulative);
        return new SeriesChange(increase, seconds > 0 ? increase / seconds : double.NaN, BucketIncrease(before, after));
    }

    private static double Difference(double before, double after, bool cumulative) =>
        cumulative && after < before ? after : after - before;

    // Over the interval a histogram's quantile should describe what was observed in it, not since the process started.
    private static List<(double, double)>? BucketIncrease(ScrapedSeries before, ScrapedSeries after)
    {
        if (after.Point?.Buckets is not { } now || after.Type != Parsing.MetricType.Histogram)
        {
            return null;
        }
        var earlier = new Dictionary<double, double>();
        foreach (var (bound, count) in before.Point?.Buckets ?? [])
        {
            earlier[bound] = count;
        }
        var restarted = after.Value < before.Value;
        foreach (var (bound, count) in now)
        {
            restarted |= earlier.TryGetValue(bound, out var then) && count < then;
        }
        var result = new List<(double, double)>(now.Count);
        foreach (var (bound, count) in now)
        {
            result.Add((bound, restarted ? count : count - earlier.GetValueOrDefault(bound)));
        }
        return result;
    }
}
