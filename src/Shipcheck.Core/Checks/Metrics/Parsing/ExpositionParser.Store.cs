namespace Shipcheck.Core.Checks.Metrics.Parsing;

public sealed partial class ExpositionParser
{
    private readonly System.Text.StringBuilder _signature = new();
    private (MetricFamily? Family, MetricPoint Point) _lastGrouped = (null, new MetricPoint([]));

    // Adds the value to its family: a new metric for plain types, or the bucket, quantile, sum or count of the
    // histogram or summary metric with the same labels.
    private bool Store(MetricFamily family, double value, double bound)
    {
        family.HasSamples = true;
        if (MetricTypes.IsHistogram(family.Type))
        {
            if (_role == SampleRole.Count && value < 0)
            {
                return Fail($"negative count for histogram {Quoted(family)}");
            }
            if (_role == SampleRole.Value && !double.IsNaN(bound) && value < 0)
            {
                return Fail($"negative bucket population for histogram {Quoted(family)}");
            }
        }
        if (!family.Kept || _role == SampleRole.Created)
        {
            return true;
        }
        switch (family.Type)
        {
            case MetricType.Summary:
                AddTo(Grouped(family), value, bound, isHistogram: false);
                break;
            case MetricType.Histogram or MetricType.GaugeHistogram:
                AddTo(Grouped(family), value, bound, isHistogram: true);
                break;
            default:
                family.Points.Add(new MetricPoint([.. _labels])
                {
                    Value = value,
                    SampleName = ReferenceEquals(_sampleName, family.Name) ? null : _sampleName,
                });
                break;
        }
        return true;
    }

    private void AddTo(MetricPoint point, double value, double bound, bool isHistogram)
    {
        switch (_role)
        {
            case SampleRole.Count:
                point.Count = value;
                break;
            case SampleRole.Sum:
                point.Sum = value;
                break;
            case SampleRole.Value when double.IsNaN(bound):
                // A summary or histogram sample without quantile or le says nothing the reference keeps.
                break;
            case SampleRole.Value when isHistogram:
                (point.Buckets ??= []).Add((bound, value));
                break;
            case SampleRole.Value:
                (point.Quantiles ??= []).Add((bound, value));
                break;
        }
    }

    // The histogram or summary metric with the current labels, created on first sight.
    private MetricPoint Grouped(MetricFamily family)
    {
        // A histogram's lines come together: the same labels as the line before need no signature.
        if (ReferenceEquals(family, _lastGrouped.Family) && SameLabels(_lastGrouped.Point.Labels))
        {
            return _lastGrouped.Point;
        }
        var point = Lookup(family);
        _lastGrouped = (family, point);
        return point;
    }

    private bool SameLabels(IReadOnlyList<Label> labels)
    {
        if (labels.Count != _labels.Count)
        {
            return false;
        }
        for (var i = 0; i < labels.Count; i++)
        {
            if (!string.Equals(labels[i].Name, _labels[i].Name, StringComparison.Ordinal) || !string.Equals(labels[i].Value, _labels[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private MetricPoint Lookup(MetricFamily family)
    {
        family.BySignature ??= new Dictionary<string, MetricPoint>(StringComparer.Ordinal);
        var signature = Signature();
        if (!family.BySignature.TryGetValue(signature, out var point))
        {
            point = new MetricPoint([.. _labels]);
            family.BySignature[signature] = point;
            family.Points.Add(point);
        }
        return point;
    }

    private string Signature()
    {
        if (_labels.Count == 0)
        {
            return "";
        }
        var sorted = _labels.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        _signature.Clear();
        foreach (var label in sorted)
        {
            _signature.Append(label.Name).Append('\xfe').Append(label.Value).Append('\xff');
        }
        return _signature.ToString();
    }
}
