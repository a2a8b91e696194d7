using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Type-checks expectations: identifiers are the check kind's observations.</summary>
internal sealed class ObservationTypeScope(ObservationSchema schema, IReadOnlySet<string> variables) : ITypeScope
{
    public IEnumerable<string> Identifiers => schema.Fields.Keys;

    public ValueKind? TypeOf(string identifier) =>
        schema.Fields.TryGetValue(identifier, out var kind) ? kind : schema.OpenFields ? ValueKind.Any : null;

    public bool HasVariable(string name) => variables.Contains(name);
}

/// <summary>Type-checks <c>when:</c> conditions: identifiers are variables, whose type is known only at run time.</summary>
internal sealed class VariableTypeScope(IReadOnlySet<string> variables) : ITypeScope
{
    public IEnumerable<string> Identifiers => variables;

    public ValueKind? TypeOf(string identifier) => variables.Contains(identifier) ? ValueKind.Any : null;

    public bool HasVariable(string name) => variables.Contains(name);
}
