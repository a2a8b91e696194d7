using System.Globalization;
using System.Text;

namespace OhlcvConnector.Metrics;

/// <summary>
/// Writes the Prometheus text exposition format 0.0.4 by hand (no metrics library): a HELP and a TYPE line per
/// family, then its samples, label values escaped as the format asks.
/// </summary>
public sealed class PrometheusText
{
    /// <summary>The Content-Type of the text format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder _text = new();

    /// <summary>Starts a family.</summary>
    public PrometheusText Family(string name, string type, string help)
    {
        _text.Append("# HELP ").Append(name).Append(' ').Append(help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
        _text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        return this;
    }

    /// <summary>One sample: name{labels} value.</summary>
    public PrometheusText Sample(string name, double value, params (string Name, string Value)[] labels)
    {
        _text.Append(name);
        if (labels.Length > 0)
        {
            _text.Append('{').AppendJoin(',', labels.Select(l => $"{l.Name}=\"{Escape(l.Value)}\"")).Append('}');
        }
        _text.Append(' ').Append(Number(value)).Append('\n');
        return this;
    }

    /// <summary>A histogram's _bucket, _sum and _count samples.</summary>
    public PrometheusText Histogram(string name, HistogramSnapshot histogram, params (string Name, string Value)[] labels)
    {
        for (var i = 0; i < histogram.Cumulative.Count; i++)
        {
            var le = i < LatencyHistogram.Bounds.Count ? Number(LatencyHistogram.Bounds[i]) : "+Inf";
            Sample($"{name}_bucket", histogram.Cumulative[i], [.. labels, ("le", le)]);
        }
        Sample($"{name}_sum", histogram.Sum, labels);
        return Sample($"{name}_count", histogram.Count, labels);
    }

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();

    private static string Number(double value) => double.IsPositiveInfinity(value) ? "+Inf" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
