namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>What a sample line contributes to its family, known from its name's suffix.</summary>
internal enum SampleRole
{
    /// <summary>The family's own value (or a bucket or quantile, told by its <c>le</c> or <c>quantile</c> label).</summary>
    Value,
    /// <summary><c>_count</c> (OpenMetrics gauge histograms: <c>_gcount</c>).</summary>
    Count,
    /// <summary><c>_sum</c> (OpenMetrics gauge histograms: <c>_gsum</c>).</summary>
    Sum,
    /// <summary>OpenMetrics <c>_created</c>: checked, not kept.</summary>
    Created,
}
