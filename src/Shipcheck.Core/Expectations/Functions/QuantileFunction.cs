using System.Globalization;

namespace Shipcheck.Core.Expectations.Functions;

/// <summary>
/// <c>quantile(0.95)</c> on a <c>metrics</c> step: a histogram series' quantile from its buckets, computed as
/// Prometheus's <c>histogram_quantile</c> does (linear interpolation inside the bucket the rank falls in), or a
/// summary series' reported quantile. It reads the series' <c>buckets</c> itself, so a bare call is judged per series.
/// </summary>
internal static class QuantileFunction
{
    /// <summary>The per-series observation with a histogram's buckets: maps of <c>le</c> and cumulative <c>count</c>.</summary>
    public const string BucketsObservation = "buckets";

    /// <summary>The per-series observation with a summary's quantiles: maps of <c>quantile</c> and <c>value</c>.</summary>
    public const string QuantilesObservation = "quantiles";

    /// <summary>The registration.</summary>
    public static readonly ExpressionFunction Definition = new("quantile", "quantile(0.95)", 1, 1, CheckTypes, Invoke) { Reads = BucketsObservation };

    private static ValueKind CheckTypes(FunctionTypeContext context)
    {
        if (context.Scope.TypeOf(BucketsObservation) is null)
        {
            context.Reject(0, "quantile() reads a histogram's buckets; use it on a metrics step", "on a metrics step: quantile(0.95) < 1");
        }
        else if (!double.TryParse(context.ArgumentTexts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var q) || q is < 0 or > 1 || double.IsNaN(q))
        {
            context.Reject(0, $"quantile() takes a number from 0 to 1; `{context.ArgumentTexts[0]}` is not one", "for the 95th percentile write quantile(0.95)");
        }
        return ValueKind.Number;
    }

    private static Value Invoke(FunctionCallContext context)
    {
        if (context.Arguments[0] is not NumberValue { Value: var q })
        {
            return Value.Null;
        }
        if (context.Scope.Lookup(BucketsObservation) is ListValue buckets)
        {
            return Result(BucketQuantile.Of(q, Pairs(buckets, "le", "count")));
        }
        if (context.Scope.Lookup(QuantilesObservation) is ListValue quantiles)
        {
            // A summary computed its quantiles itself; only the ones it reports are known.
            foreach (var (quantile, value) in Pairs(quantiles, "quantile", "value"))
            {
                if (Math.Abs(quantile - q) < 1e-9)
                {
                    return Result(value);
                }
            }
        }
        return Value.Null;
    }

    // No observations make no quantile: null, so that `quantile(0.95) < 1` does not pass on an idle histogram.
    private static Value Result(double quantile) => double.IsNaN(quantile) ? Value.Null : Value.Of(quantile);

    private static List<KeyValuePair<double, double>> Pairs(ListValue list, string key, string value) =>
    [
        .. list.Items.OfType<MapValue>()
            .Where(m => m.Entries.GetValueOrDefault(key) is NumberValue && m.Entries.GetValueOrDefault(value) is NumberValue)
            .Select(m => new KeyValuePair<double, double>(((NumberValue)m.Entries[key]).Value, ((NumberValue)m.Entries[value]).Value)),
    ];
}
