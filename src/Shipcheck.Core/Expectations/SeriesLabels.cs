namespace Shipcheck.Core.Expectations;

/// <summary>
/// How one item of a <see cref="ObservationSchema.SeriesObservation"/> list reads in explanations and evidence: its
/// metric name and labels, the way Prometheus prints them (<c>up{job="api"}</c>).
/// </summary>
public static class SeriesLabels
{
    /// <summary>The per-series key of the metric name.</summary>
    public const string NameKey = "name";

    /// <summary>The per-series key of the label map.</summary>
    public const string LabelsKey = "labels";

    /// <summary><c>name{label="value",…}</c>; <c>series</c> for an item with neither name nor labels.</summary>
    public static string Of(Value item)
    {
        if (item is not MapValue map)
        {
            return item.Display();
        }
        var name = map.Entries.TryGetValue(NameKey, out var n) && n is StringValue s ? s.Value : "";
        var labels = map.Entries.TryGetValue(LabelsKey, out var l) && l is MapValue m
            ? "{" + string.Join(",", m.Entries.Select(e => $"{e.Key}={e.Value.Display()}")) + "}"
            : "";
        return name.Length + labels.Length == 0 ? "series" : name + labels;
    }
}
