using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Type-checks expectations: identifiers are the check kind's observations.</summary>
internal sealed class ObservationTypeScope(ObservationSchema schema, IReadOnlySet<string> variables) : ITypeScope
{
    // A series' names count too: outside all()/any() they are judged for every series, so `valu` should suggest `value`.
    public IEnumerable<string> Identifiers => schema.Fields.Keys.Concat(schema.Series?.Fields.Keys ?? []).Distinct(StringComparer.Ordinal);

    public ValueKind? TypeOf(string identifier) =>
        schema.Fields.TryGetValue(identifier, out var kind) ? kind : schema.OpenFields ? ValueKind.Any : null;

    public bool HasVariable(string name) => variables.Contains(name);

    public ITypeScope? SeriesScope => schema.Series is { } series ? new SeriesTypeScope(series, this) : null;
}

/// <summary>Type-checks the inside of <c>all(...)</c>/<c>any(...)</c>: one series' names first, then the step's.</summary>
internal sealed class SeriesTypeScope(ObservationSchema series, ITypeScope step) : ITypeScope
{
    public IEnumerable<string> Identifiers => series.Fields.Keys.Concat(step.Identifiers).Distinct(StringComparer.Ordinal);

    public ValueKind? TypeOf(string identifier) =>
        series.Fields.TryGetValue(identifier, out var kind) ? kind : series.OpenFields ? ValueKind.Any : step.TypeOf(identifier);

    public bool HasVariable(string name) => step.HasVariable(name);
}

/// <summary>Type-checks <c>when:</c> conditions: identifiers are variables, whose type is known only at run time.</summary>
internal sealed class VariableTypeScope(IReadOnlySet<string> variables) : ITypeScope
{
    public IEnumerable<string> Identifiers => variables;

    public ValueKind? TypeOf(string identifier) => variables.Contains(identifier) ? ValueKind.Any : null;

    public bool HasVariable(string name) => variables.Contains(name);
}
