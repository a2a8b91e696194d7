using System.Globalization;
using Shipcheck.Core.Checks.Metrics.Parsing;
using Shipcheck.Core.Checks.Metrics.Selection;

namespace Shipcheck.Core.Checks.Metrics.Series;

/// <summary>
/// Picks the series a selector names out of a parsed exposition. A histogram or summary named by its family name
/// (<c>latency_seconds</c>) gives one series per label set, with its buckets or quantiles; named by a sample name
/// (<c>latency_seconds_bucket</c>, <c>_sum</c>, <c>_count</c>) it gives those samples one by one, as PromQL sees them.
/// </summary>
internal static class SeriesSelection
{
    public static List<ScrapedSeries> Select(Exposition exposition, SeriesSelector selector)
    {
        var selected = new List<ScrapedSeries>();
        foreach (var family in exposition.Families)
        {
            var type = family.Type ?? MetricType.Untyped;
            var grouped = type == MetricType.Summary || MetricTypes.IsHistogram(type);
            if (grouped && selector.NameMatches(family.Name))
            {
                foreach (var point in family.Points)
                {
                    Add(selected, selector, new ScrapedSeries(family.Name, point.Labels, type, point.Count, point), checkName: false);
                }
            }
            else if (grouped)
            {
                foreach (var point in family.Points)
                {
                    AddSamplesOf(selected, selector, family.Name, type, point);
                }
            }
            else
            {
                foreach (var point in family.Points)
                {
                    Add(selected, selector, new ScrapedSeries(point.SampleName ?? family.Name, point.Labels, type, point.Value, null), checkName: true);
                }
            }
        }
        return selected;
    }

    // A histogram's or summary's samples as the exposition wrote them: name_bucket{le=…}, name_sum, name_count.
    private static void AddSamplesOf(List<ScrapedSeries> selected, SeriesSelector selector, string family, MetricType type, MetricPoint point)
    {
        foreach (var (bound, count) in point.Buckets ?? [])
        {
            var labels = point.Labels.Append(new Label("le", FormatBound(bound))).ToList();
            Add(selected, selector, new ScrapedSeries(family + "_bucket", labels, type, count, null), checkName: true);
        }
        if (!double.IsNaN(point.Sum))
        {
            Add(selected, selector, new ScrapedSeries(family + "_sum", point.Labels, type, point.Sum, null), checkName: true);
        }
        if (!double.IsNaN(point.Count))
        {
            Add(selected, selector, new ScrapedSeries(family + "_count", point.Labels, type, point.Count, null), checkName: true);
        }
    }

    private static void Add(List<ScrapedSeries> selected, SeriesSelector selector, ScrapedSeries series, bool checkName)
    {
        if ((!checkName || selector.NameMatches(series.Name)) && selector.LabelsMatch(series.Labels))
        {
            selected.Add(series);
        }
    }

    /// <summary>A bucket bound as the le label writes it: <c>0.5</c>, <c>+Inf</c>.</summary>
    public static string FormatBound(double bound) => double.IsPositiveInfinity(bound) ? "+Inf" : bound.ToString("R", CultureInfo.InvariantCulture);
}
