using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Expectations;

/// <summary>Observations, variables and a fixed clock for evaluation.</summary>
internal sealed class TestValueScope : IValueScope
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    public Observations Observations { get; } = new();

    public TimeProvider Time { get; } = new FixedTimeProvider(Now);

    public TestValueScope With(string name, Value value)
    {
        Observations.Set(name, value);
        return this;
    }

    public TestValueScope WithJson(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return With("json", Value.FromJson(document.RootElement));
    }

    public TestValueScope WithVariable(string name, string value)
    {
        _variables[name] = value;
        return this;
    }

    public TestValueScope WithEnvironment(string name, string value)
    {
        _environment[name] = value;
        return this;
    }

    public Value? Lookup(string identifier) => Observations.TryGetValue(identifier, out var value) ? value : null;

    public string? Variable(string name, bool isEnvironment) =>
        (isEnvironment ? _environment : _variables).TryGetValue(name, out var value) ? value : null;
}
