using Shipcheck.Core.Checks.Metrics.Parsing;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Metrics.Series;

/// <summary>Turns the selected series into the step's observations: <c>series</c>, <c>count</c>, <c>sum</c>, <c>min</c>, <c>max</c>.</summary>
internal static class SeriesObservations
{
    public static Observations Of(IReadOnlyList<ScrapedSeries> series, IReadOnlyDictionary<string, SeriesChange>? changes)
    {
        var items = new List<Value>(series.Count);
        foreach (var one in series)
        {
            items.Add(Item(one, changes is null ? null : changes.GetValueOrDefault(one.Key), changes is not null));
        }
        var values = series.Select(s => s.Value).ToList();
        return new Observations()
            .Set(ObservationSchema.SeriesObservation, new ListValue(items))
            .Set("count", Value.Of(series.Count))
            .Set("sum", values.Count == 0 ? Value.Null : Value.Of(values.Sum()))
            .Set("min", values.Count == 0 ? Value.Null : Value.Of(values.Min()))
            .Set("max", values.Count == 0 ? Value.Null : Value.Of(values.Max()));
    }

    private static MapValue Item(ScrapedSeries series, SeriesChange? change, bool interval)
    {
        var labels = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var label in series.Labels)
        {
            labels[label.Name] = Value.Of(label.Value);
        }
        var point = series.Point;
        var buckets = interval && change?.Buckets is { } increased ? increased : point?.Buckets;
        return new MapValue(new Dictionary<string, Value>(StringComparer.Ordinal)
        {
            ["name"] = Value.Of(series.Name),
            ["labels"] = new MapValue(labels),
            ["value"] = Value.Of(series.Value),
            ["type"] = Value.Of(MetricTypes.Name(series.Type)),
            ["increase"] = change is null ? Value.Null : Value.Of(change.Increase),
            ["rate"] = change is null ? Value.Null : Value.Of(change.Rate),
            ["buckets"] = buckets is null ? Value.Null : Pairs(buckets.OrderBy(b => b.UpperBound), "le", "count"),
            ["quantiles"] = point?.Quantiles is { } quantiles ? Pairs(quantiles.OrderBy(q => q.Quantile), "quantile", "value") : Value.Null,
            ["sample_sum"] = point is null || double.IsNaN(point.Sum) ? Value.Null : Value.Of(point.Sum),
        });
    }

    private static ListValue Pairs(IEnumerable<(double, double)> pairs, string first, string second) =>
        new([.. pairs.Select(p => (Value)new MapValue(new Dictionary<string, Value>(StringComparer.Ordinal)
        {
            [first] = Value.Of(p.Item1),
            [second] = Value.Of(p.Item2),
        }))]);
}
