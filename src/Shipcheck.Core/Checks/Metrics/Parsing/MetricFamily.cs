namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>A metric family of an exposition: its name, type, help and the metrics (label sets) it has.</summary>
public sealed class MetricFamily(string name)
{
    /// <summary>The family name (for a histogram, without <c>_bucket</c>, <c>_sum</c>, <c>_count</c>).</summary>
    public string Name { get; } = name;

    /// <summary>The type its TYPE line gave; null until a TYPE line or the first sample fixes it.</summary>
    public MetricType? Type { get; internal set; }

    /// <summary>The HELP text, unescaped; null when none.</summary>
    public string? Help { get; internal set; }

    /// <summary>The OpenMetrics UNIT; null when none.</summary>
    public string? Unit { get; internal set; }

    /// <summary>The metrics in the order they first appeared. Empty for a family the parser was told to skip.</summary>
    public List<MetricPoint> Points { get; } = [];

    /// <summary>True once a sample line belonged to the family (kept or not).</summary>
    public bool HasSamples { get; internal set; }

    /// <summary>False when the reader was told this family is of no interest: its lines are checked, not kept.</summary>
    internal bool Kept { get; init; } = true;

    /// <summary>The most buckets or quantiles a metric had so far: the size to give the next one's list.</summary>
    internal int BoundsPerMetric { get; set; }

    /// <summary>Histogram and summary metrics by their labels (in any order), so their lines gather into one metric.</summary>
    internal Dictionary<Label[], MetricPoint>? ByLabels { get; set; }
}
