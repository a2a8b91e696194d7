namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>
/// One metric of a family: a label set and its value; for a histogram its buckets, sum and count; for a summary its
/// quantiles, sum and count.
/// </summary>
public sealed class MetricPoint(Label[] labels)
{
    /// <summary>The labels, without <c>le</c> (histograms) or <c>quantile</c> (summaries).</summary>
    public IReadOnlyList<Label> Labels => labels;

    /// <summary>The labels as the parser compares them.</summary>
    internal ReadOnlySpan<Label> LabelSpan => labels;

    /// <summary>The sample's own name when it differs from the family's (OpenMetrics counter <c>x_total</c>); else null.</summary>
    public string? SampleName { get; internal set; }

    /// <summary>The sample value of a counter, gauge or untyped metric.</summary>
    public double Value { get; internal set; } = double.NaN;

    /// <summary>The <c>_count</c> of a histogram or summary; NaN when the exposition gave none.</summary>
    public double Count { get; internal set; } = double.NaN;

    /// <summary>The <c>_sum</c> of a histogram or summary; NaN when the exposition gave none.</summary>
    public double Sum { get; internal set; } = double.NaN;

    /// <summary>A histogram's buckets in the order written: upper bound (<c>le</c>) and cumulative count.</summary>
    public List<(double UpperBound, double Count)>? Buckets { get; internal set; }

    /// <summary>A summary's quantiles in the order written: the quantile and its value.</summary>
    public List<(double Quantile, double Value)>? Quantiles { get; internal set; }
}
