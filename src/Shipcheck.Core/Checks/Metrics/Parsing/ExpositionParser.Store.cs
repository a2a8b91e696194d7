using System.Runtime.InteropServices;

namespace Shipcheck.Core.Checks.Metrics.Parsing;

public sealed partial class ExpositionParser
{
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
                AddTo(family, Grouped(family), value, bound, isHistogram: false);
                break;
            case MetricType.Histogram or MetricType.GaugeHistogram:
                AddTo(family, Grouped(family), value, bound, isHistogram: true);
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

    private void AddTo(MetricFamily family, MetricPoint point, double value, double bound, bool isHistogram)
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
                (point.Buckets ??= new(family.BoundsPerMetric)).Add((bound, value));
                family.BoundsPerMetric = Math.Max(family.BoundsPerMetric, point.Buckets.Count);
                break;
            case SampleRole.Value:
                (point.Quantiles ??= new(family.BoundsPerMetric)).Add((bound, value));
                family.BoundsPerMetric = Math.Max(family.BoundsPerMetric, point.Quantiles.Count);
                break;
        }
    }

    // The histogram or summary metric with the current labels, created on first sight.
    private MetricPoint Grouped(MetricFamily family)
    {
        // A histogram's lines come together: the same labels as the line before need no lookup.
        if (ReferenceEquals(family, _lastGrouped.Family) && _lastGrouped.Point.LabelSpan.SequenceEqual(CollectionsMarshal.AsSpan(_labels)))
        {
            return _lastGrouped.Point;
        }
        var point = Lookup(family);
        _lastGrouped = (family, point);
        return point;
    }

    private MetricPoint Lookup(MetricFamily family)
    {
        family.ByLabels ??= new Dictionary<Label[], MetricPoint>(LabelSetComparer.Instance);
        var labels = CollectionsMarshal.AsSpan(_labels);
        if (!family.ByLabels.GetAlternateLookup<ReadOnlySpan<Label>>().TryGetValue(labels, out var point))
        {
            var key = labels.ToArray();
            point = new MetricPoint(key);
            family.ByLabels[key] = point;
            family.Points.Add(point);
        }
        return point;
    }
}
