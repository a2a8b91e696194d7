using Shipcheck.Core.Checks.Metrics.Parsing;

namespace Shipcheck.Core.Checks.Metrics.Series;

/// <summary>
/// One selected series of a scrape. A histogram or summary selected by its family name is one series per label set,
/// whose <see cref="Value"/> is its count and whose <see cref="Point"/> holds the buckets or quantiles and the sum.
/// </summary>
/// <param name="Name">The metric name as written in the exposition (or the family's, for a whole histogram).</param>
/// <param name="Labels">Its labels.</param>
/// <param name="Type">The family's type.</param>
/// <param name="Value">The sample value; for a whole histogram or summary its count.</param>
/// <param name="Point">For a whole histogram or summary, its metric; null otherwise.</param>
public sealed record ScrapedSeries(string Name, IReadOnlyList<Label> Labels, MetricType Type, double Value, MetricPoint? Point)
{
    /// <summary>Identifies the series across two scrapes: the name and the labels in name order.</summary>
    public string Key { get; } = Name + "{" + string.Join(",", Labels.OrderBy(l => l.Name, StringComparer.Ordinal).Select(l => $"{l.Name}=\"{l.Value}\"")) + "}";

    /// <summary>True for series whose value only rises until the process restarts (counters, histogram and summary counts).</summary>
    public bool IsCumulative => Type is MetricType.Counter or MetricType.Histogram or MetricType.Summary;

    /// <summary>Prometheus's notation: <c>up{job="api"}</c>.</summary>
    public string Display() =>
        Labels.Count == 0 ? Name : Name + "{" + string.Join(",", Labels.Select(l => $"{l.Name}={Parsing.GoQuote.Text(l.Value)}")) + "}";
}
