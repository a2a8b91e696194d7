namespace Shipcheck.Core.Expectations;

/// <summary>
/// A parsed expression of the expectation language. Parse once at load time, type-check against the
/// check kind's observations, evaluate against each probe result.
/// </summary>
public sealed class Expression
{
    private Expression(string source) => Source = source;

    /// <summary>The text as written.</summary>
    public string Source { get; }

    /// <summary>Parses <paramref name="source"/>; on failure the result carries every syntax error.</summary>
    public static ExpressionParseResult Parse(string source) => throw new NotImplementedException(source);

    /// <summary>Checks names and types against <paramref name="scope"/>; empty when the expression is sound.</summary>
    public IReadOnlyList<ExpressionError> TypeCheck(ITypeScope scope) => throw new NotImplementedException(scope.ToString());

    /// <summary>Judges the observations in <paramref name="scope"/>; never throws.</summary>
    public ExpectationOutcome Evaluate(IValueScope scope) => throw new NotImplementedException(scope.ToString());

    /// <summary>Computes the expression's value (for <c>capture</c> with <c>value:</c>); never throws.</summary>
    public ValueOutcome EvaluateValue(IValueScope scope) => throw new NotImplementedException(scope.ToString());
}
