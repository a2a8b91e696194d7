using System.Globalization;
using System.Text;

namespace Shipcheck.Core.Checks.Metrics.Series;

/// <summary>
/// The text evidence of a <c>metrics</c> step: what was scraped, then the selected series one per line as Prometheus
/// prints them (<c>connector_circuit_breaker_state{exchange="binance"} 0</c>), head and tail when there are many.
/// </summary>
internal static class SeriesEvidence
{
    private const int Head = 20;
    private const int Tail = 5;

    public static string Describe(string summary, IReadOnlyList<ScrapedSeries> series, IReadOnlyDictionary<string, SeriesChange>? changes)
    {
        var text = new StringBuilder(summary);
        for (var i = 0; i < series.Count; i++)
        {
            if (i == Head && series.Count > Head + Tail)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n… {series.Count - Head - Tail} more series …");
                i = series.Count - Tail;
            }
            text.Append('\n').Append(Line(series[i], changes?.GetValueOrDefault(series[i].Key)));
        }
        return text.ToString();
    }

    private static string Line(ScrapedSeries series, SeriesChange? change)
    {
        var value = new Expectations.NumberValue(series.Value).Display();
        var line = series.Point is null ? $"{series.Display()} {value}" : $"{series.Display()} count {value}";
        return change is null
            ? line
            : line + $" (increase {new Expectations.NumberValue(change.Increase).Display()}, rate {new Expectations.NumberValue(change.Rate).Display()}/s)";
    }
}
