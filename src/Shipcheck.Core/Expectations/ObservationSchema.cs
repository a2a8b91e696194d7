namespace Shipcheck.Core.Expectations;

/// <summary>
/// The names and types a check kind observes, so expressions are type-checked at load time
/// (<c>status == "ok"</c> compares a number with a string and is rejected before anything runs).
/// </summary>
public sealed class ObservationSchema
{
    /// <summary>Creates a schema from (name, type, description) entries.</summary>
    public ObservationSchema(params (string Name, ValueKind Kind, string Description)[] fields)
    {
        // A loop, not ToDictionary: LINQ over an array of tuples is generic code that no ReadyToRun image holds, so
        // it was compiled at every start of every command (5 ms of `shipcheck validate`). Add refuses a repeated name.
        var kinds = new Dictionary<string, ValueKind>(fields.Length, StringComparer.Ordinal);
        var descriptions = new Dictionary<string, string>(fields.Length, StringComparer.Ordinal);
        foreach (var (name, kind, description) in fields)
        {
            kinds.Add(name, kind);
            descriptions.Add(name, description);
        }
        Fields = kinds;
        Descriptions = descriptions;
    }

    /// <summary>Each observation's type.</summary>
    public IReadOnlyDictionary<string, ValueKind> Fields { get; }

    /// <summary>Each observation's meaning, for docs and the JSON schema.</summary>
    public IReadOnlyDictionary<string, string> Descriptions { get; }

    /// <summary>
    /// True when the probe also observes names known only at run time (a query's columns): any identifier then
    /// type-checks as <see cref="ValueKind.Any"/>, while the listed <see cref="Fields"/> keep their types.
    /// </summary>
    public bool OpenFields { get; init; }

    /// <summary>
    /// What one item of the <see cref="SeriesObservation"/> list observes (<c>value</c>, <c>labels</c>), for kinds whose
    /// probe sees many series (metrics, promql); null for the others. <c>all(expr)</c> and <c>any(expr)</c> judge
    /// <c>expr</c> once per item, with the item's names over the step's.
    /// </summary>
    public ObservationSchema? Series { get; init; }

    /// <summary>
    /// The observation that holds the series: a list of maps, one per series, each with the names of <see cref="Series"/>.
    /// </summary>
    public const string SeriesObservation = "series";
}
