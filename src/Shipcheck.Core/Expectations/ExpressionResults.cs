namespace Shipcheck.Core.Expectations;

/// <summary>A problem in an expression: where in its text (0-based offset) and how to fix it.</summary>
public sealed record ExpressionError(int Offset, string Message, string? Hint = null);

/// <summary>The outcome of <see cref="Expression.Parse"/>: an expression, or the syntax errors.</summary>
public sealed record ExpressionParseResult(Expression? Expression, IReadOnlyList<ExpressionError> Errors)
{
    /// <summary>True when the text parsed.</summary>
    public bool Success => Expression is not null && Errors.Count == 0;
}

/// <summary>
/// The judgement of an expectation. <see cref="Explanation"/> repeats the expression with observed values
/// filled in, as a user reads it: <c>status (503) == 200</c>. <see cref="NoData"/> is set when <c>all(...)</c> or
/// <c>any(...)</c> met no series: the expectation then does not hold, and the step reads as <c>no_data</c>.
/// </summary>
public sealed record ExpectationOutcome(bool Holds, string Explanation, string? Error = null, bool NoData = false);

/// <summary>The value of an expression, or why it could not be computed.</summary>
public sealed record ValueOutcome(Value Value, string? Error = null);

/// <summary>What the type checker may ask: the type of a name, and which names exist (for did-you-mean).</summary>
public interface ITypeScope
{
    /// <summary>The type of an identifier (an observation), or null when there is no such name.</summary>
    ValueKind? TypeOf(string identifier);

    /// <summary>Every identifier that exists, for suggestions.</summary>
    IEnumerable<string> Identifiers { get; }

    /// <summary>True when <c>${name}</c> refers to a known variable (env references are always allowed).</summary>
    bool HasVariable(string name);

    /// <summary>
    /// The names inside <c>all(...)</c> and <c>any(...)</c>: one series' observations over this scope's; null when the
    /// step observes no series.
    /// </summary>
    ITypeScope? SeriesScope => null;
}

/// <summary>What evaluation may ask: observed values, variable values, the clock.</summary>
public interface IValueScope
{
    /// <summary>The value of an identifier (an observation), or null when nothing was observed under that name.</summary>
    Value? Lookup(string identifier);

    /// <summary>The value of <c>${name}</c> (or <c>${env.NAME}</c> when <paramref name="isEnvironment"/>), or null.</summary>
    string? Variable(string name, bool isEnvironment);

    /// <summary>The clock that <c>age(x)</c> measures against.</summary>
    TimeProvider Time { get; }
}
