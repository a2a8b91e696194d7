using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Expectations;

/// <summary>Names and variables for type checking, declared inline in each test.</summary>
internal sealed class TestTypeScope(IReadOnlyDictionary<string, ValueKind> names, params string[] variables) : ITypeScope
{
    /// <summary>The names an HTTP-like check observes, plus a few of every type.</summary>
    public static TestTypeScope Default { get; } = new(new Dictionary<string, ValueKind>
    {
        ["status"] = ValueKind.Number,
        ["latency"] = ValueKind.Duration,
        ["body"] = ValueKind.String,
        ["json"] = ValueKind.Any,
        ["headers"] = ValueKind.Map,
        ["connected"] = ValueKind.Bool,
        ["size"] = ValueKind.Size,
        ["latest"] = ValueKind.Timestamp,
        ["items"] = ValueKind.List,
        ["ticks"] = ValueKind.Number,
    }, "min_ticks", "version");

    public ValueKind? TypeOf(string identifier) => names.TryGetValue(identifier, out var kind) ? kind : null;

    public IEnumerable<string> Identifiers => names.Keys;

    public bool HasVariable(string name) => variables.Contains(name);
}
