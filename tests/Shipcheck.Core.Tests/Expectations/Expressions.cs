using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Expectations;

/// <summary>Shortcuts for tests: parse or fail loudly, evaluate, collect errors.</summary>
internal static class Expressions
{
    public static Expression Parse(string source)
    {
        var result = Expression.Parse(source);
        Assert.True(result.Success, $"'{source}' did not parse: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        return result.Expression!;
    }

    public static ExpressionError ParseError(string source)
    {
        var result = Expression.Parse(source);
        Assert.False(result.Success, $"'{source}' parsed but should not have");
        return Assert.Single(result.Errors);
    }

    public static IReadOnlyList<ExpressionError> TypeErrors(string source, ITypeScope? scope = null) =>
        Parse(source).TypeCheck(scope ?? TestTypeScope.Default);

    public static ExpressionError TypeError(string source, ITypeScope? scope = null) => Assert.Single(TypeErrors(source, scope));

    public static ExpectationOutcome Evaluate(string source, TestValueScope scope) => Parse(source).Evaluate(scope);

    public static bool Holds(string source, TestValueScope scope)
    {
        var outcome = Evaluate(source, scope);
        Assert.Null(outcome.Error);
        return outcome.Holds;
    }
}
