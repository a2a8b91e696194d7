namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>The type a <c># TYPE</c> line gives a metric family; <see cref="Untyped"/> when none does.</summary>
public enum MetricType
{
    /// <summary>No TYPE line (text format <c>untyped</c>).</summary>
    Untyped,
    /// <summary>A value that only goes up, except when the process restarts.</summary>
    Counter,
    /// <summary>A value that goes up and down.</summary>
    Gauge,
    /// <summary>Cumulative buckets (<c>_bucket{le=…}</c>), <c>_sum</c> and <c>_count</c>.</summary>
    Histogram,
    /// <summary>A histogram whose buckets go up and down (OpenMetrics <c>gaugehistogram</c>).</summary>
    GaugeHistogram,
    /// <summary>Precomputed quantiles (<c>{quantile=…}</c>), <c>_sum</c> and <c>_count</c>.</summary>
    Summary,
    /// <summary>OpenMetrics <c>info</c>: labels worth knowing, value 1.</summary>
    Info,
    /// <summary>OpenMetrics <c>stateset</c>: one series per state, 1 for the current one.</summary>
    StateSet,
    /// <summary>OpenMetrics <c>unknown</c>.</summary>
    Unknown,
}

/// <summary>Names of <see cref="MetricType"/> as TYPE lines and observations spell them.</summary>
public static class MetricTypes
{
    /// <summary>The TYPE keyword, lower case: <c>counter</c>, <c>gaugehistogram</c>.</summary>
    public static string Name(MetricType type) => type switch
    {
        MetricType.Counter => "counter",
        MetricType.Gauge => "gauge",
        MetricType.Histogram => "histogram",
        MetricType.GaugeHistogram => "gaugehistogram",
        MetricType.Summary => "summary",
        MetricType.Info => "info",
        MetricType.StateSet => "stateset",
        MetricType.Unknown => "unknown",
        _ => "untyped",
    };

    /// <summary>The upper-case name of the reference implementation (<c>GAUGE_HISTOGRAM</c>), for comparing with its test cases.</summary>
    public static string ReferenceName(MetricType type) => type == MetricType.GaugeHistogram ? "GAUGE_HISTOGRAM" : Name(type).ToUpperInvariant();

    /// <summary>
    /// The type a TYPE line names, in any case; the text format knows the first six (and <c>gauge_histogram</c>),
    /// OpenMetrics adds info, stateset and unknown.
    /// </summary>
    public static MetricType? Parse(ReadOnlySpan<byte> keyword, bool openMetrics)
    {
        Span<char> lower = stackalloc char[16];
        if (keyword.Length > lower.Length)
        {
            return null;
        }
        for (var i = 0; i < keyword.Length; i++)
        {
            lower[i] = (char)(keyword[i] is >= (byte)'A' and <= (byte)'Z' ? keyword[i] + 32 : keyword[i]);
        }
        return lower[..keyword.Length] switch
        {
            "counter" => MetricType.Counter,
            "gauge" => MetricType.Gauge,
            "histogram" => MetricType.Histogram,
            "gaugehistogram" or "gauge_histogram" => MetricType.GaugeHistogram,
            "summary" => MetricType.Summary,
            "untyped" => MetricType.Untyped,
            "info" when openMetrics => MetricType.Info,
            "stateset" when openMetrics => MetricType.StateSet,
            "unknown" when openMetrics => MetricType.Unknown,
            _ => null,
        };
    }

    /// <summary>True for the types whose samples group into buckets, a sum and a count.</summary>
    public static bool IsHistogram(MetricType? type) => type is MetricType.Histogram or MetricType.GaugeHistogram;
}
