using System.Globalization;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Promql;

/// <summary>
/// One series of a result as the expectations see it: a map of <c>name</c>, <c>labels</c> and <c>value</c>, the shape
/// every kind with many series shares.
/// </summary>
internal static class PromqlSeries
{
    /// <summary>The per-series key of the sample value.</summary>
    public const string ValueKey = "value";

    /// <summary>A series of <paramref name="metric"/> (Prometheus' label map, <c>__name__</c> included) with <paramref name="value"/>.</summary>
    public static MapValue Of(IReadOnlyDictionary<string, Value> metric, double value)
    {
        // Sorted as Prometheus prints them, so evidence and explanations read the same every time.
        var labels = new SortedDictionary<string, Value>(StringComparer.Ordinal);
        foreach (var (label, text) in metric)
        {
            if (label != "__name__")
            {
                labels[label] = text;
            }
        }
        var name = metric.TryGetValue("__name__", out var n) && n is StringValue s ? s.Value : "";
        return new MapValue(new Dictionary<string, Value>(StringComparer.Ordinal)
        {
            [SeriesLabels.NameKey] = Value.Of(name),
            [SeriesLabels.LabelsKey] = new MapValue(labels),
            [ValueKey] = Value.Of(value),
        });
    }

    /// <summary>The value of a series made by <see cref="Of"/>.</summary>
    public static double ValueOf(MapValue series) => ((NumberValue)series.Entries[ValueKey]).Value;

    /// <summary>
    /// A sample value as the API writes it: a string holding a Go float, <c>NaN</c>, <c>+Inf</c> or <c>-Inf</c>
    /// included; null when it is anything else.
    /// </summary>
    public static double? ParseValue(Value sample) => sample is StringValue { Value: var text } ? text switch
    {
        "+Inf" or "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null,
    } : null;
}
