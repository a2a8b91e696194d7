namespace Shipcheck.Core.Expectations.Functions;

/// <summary>
/// <c>all(expr)</c> and <c>any(expr)</c>: judge <c>expr</c> once per series of a step that observes many (every circuit
/// breaker closed: <c>all(value == 0)</c>). They are not ordinary functions: their argument is evaluated per series, with
/// that series' names (<c>value</c>, <c>labels</c>) over the step's, so the evaluator and type checker treat them apart.
/// Over no series at all they do not hold and the step reads as <c>no_data</c>.
/// </summary>
public static class SeriesQuantifiers
{
    /// <summary>True when every series satisfies the argument.</summary>
    public const string All = "all";

    /// <summary>True when at least one series satisfies the argument.</summary>
    public const string Any = "any";

    /// <summary>How a call looks, for hints.</summary>
    public static string Usage(string name) => $"{name}(condition over value, labels…)";

    /// <summary>True when <paramref name="name"/> is <c>all</c> or <c>any</c>.</summary>
    public static bool Is(string name) => name is All or Any;
}
