namespace Shipcheck.Core.Checks.Metrics.Parsing;

public sealed partial class ExpositionParser
{
    private readonly ResolvedNames _resolvedNames = new();
    private MetricFamily? _family;
    private SampleRole _role;
    private string _sampleName = "";
    private readonly Dictionary<string, MetricFamily>.AlternateLookup<ReadOnlySpan<char>> _byNameSpan;

    private static readonly string[] TextSummarySuffixes = ["_count", "_sum"];
    private static readonly string[] TextHistogramSuffixes = ["_count", "_sum", "_bucket"];
    private static readonly string[] OpenMetricsSummarySuffixes = ["_count", "_sum", "_created"];
    private static readonly string[] OpenMetricsHistogramSuffixes = ["_count", "_sum", "_bucket", "_created"];
    private static readonly string[] CounterSuffixes = ["_total", "_created"];
    private static readonly string[] InfoSuffixes = ["_info"];
    private static readonly string[] GaugeHistogramSuffixes = ["_gcount", "_gsum", "_bucket"];

    // Comments can create families and set types, which changes what a name resolves to.
    private void ForgetResolvedNames() => _resolvedNames.Clear();

    // The family the name in _token belongs to: itself, or the summary or histogram its _count, _sum or _bucket
    // suffix points to (and in OpenMetrics a counter's _total, an info's _info…); a new family otherwise.
    private bool ResolveFamily()
    {
        // Consecutive lines mostly name the same few metrics (a histogram's buckets, sum and count): resolve them once.
        if (_resolvedNames.TryGet(_token.Span, out var resolved))
        {
            (_family, _role, _sampleName) = resolved;
            return true;
        }
        if (!IsValidName(_token.Span))
        {
            return Fail($"invalid metric name {GoQuote.Text(_token.Span)}");
        }
        var name = _strings.Get(_token.Span);
        _sampleName = name;
        _role = SampleRole.Value;
        _family = Lookup(name) ?? Create(name);
        _resolvedNames.Add(_token.Span, (_family, _role, _sampleName));
        return true;
    }

    private MetricFamily? Lookup(string name)
    {
        if (_byName.TryGetValue(name, out var exact))
        {
            return exact;
        }
        if (Parent(name, SummarySuffixes(), MetricType.Summary) is { } summary)
        {
            return summary;
        }
        if (Parent(name, HistogramSuffixes(), MetricType.Histogram) is { } histogram)
        {
            return histogram;
        }
        if (!_openMetrics)
        {
            return null;
        }
        return Parent(name, GaugeHistogramSuffixes, MetricType.GaugeHistogram)
            ?? Parent(name, CounterSuffixes, MetricType.Counter)
            ?? Parent(name, InfoSuffixes, MetricType.Info);
    }

    private string[] SummarySuffixes() => _openMetrics ? OpenMetricsSummarySuffixes : TextSummarySuffixes;

    private string[] HistogramSuffixes() => _openMetrics ? OpenMetricsHistogramSuffixes : TextHistogramSuffixes;

    private MetricFamily? Parent(string name, string[] suffixes, MetricType type)
    {
        foreach (var suffix in suffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal)
                && _byNameSpan.TryGetValue(name.AsSpan(0, name.Length - suffix.Length), out var parent)
                && (parent.Type == type || (type == MetricType.Histogram && parent.Type == MetricType.GaugeHistogram)))
            {
                _role = suffix switch
                {
                    "_count" or "_gcount" => SampleRole.Count,
                    "_sum" or "_gsum" => SampleRole.Sum,
                    "_created" => SampleRole.Created,
                    _ => SampleRole.Value,
                };
                return parent;
            }
        }
        return null;
    }

    private MetricFamily Create(string name)
    {
        var family = new MetricFamily(name) { Kept = _keepFamily?.Invoke(name) ?? true };
        _byName[name] = family;
        _families.Add(family);
        return family;
    }
}
