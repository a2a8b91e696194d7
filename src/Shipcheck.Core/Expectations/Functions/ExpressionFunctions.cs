namespace Shipcheck.Core.Expectations.Functions;

/// <summary>Every function the expectation language knows. Adding one is one line here plus its own file.</summary>
public static class ExpressionFunctions
{
    /// <summary>The functions by name.</summary>
    public static IReadOnlyDictionary<string, ExpressionFunction> All { get; } = new[]
    {
        AgeFunction.Definition,
        LenFunction.Definition,
        CountFunction.Definition,
        LowerFunction.Definition,
        TrimFunction.Definition,
        QuantileFunction.Definition,
        LastNumberFunction.Definition,
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);
}
