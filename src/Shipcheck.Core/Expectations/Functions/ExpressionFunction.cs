namespace Shipcheck.Core.Expectations.Functions;

/// <summary>
/// A function of the expectation language: its name, how many arguments it takes, the rule that types a call at
/// load time and the code that computes it. Register one in <see cref="ExpressionFunctions"/>.
/// </summary>
/// <param name="Name">The name used in expressions: <c>age</c>.</param>
/// <param name="Usage">How a call looks, for hints: <c>age(timestamp)</c>.</param>
/// <param name="MinArguments">The fewest arguments a call may pass.</param>
/// <param name="MaxArguments">The most arguments a call may pass.</param>
/// <param name="CheckTypes">Types a call whose argument count is right; reports problems through the context; returns the result type.</param>
/// <param name="Invoke">Computes a call; returns <see cref="Value.Null"/> when the arguments make no sense (never throws on purpose).</param>
public sealed record ExpressionFunction(
    string Name,
    string Usage,
    int MinArguments,
    int MaxArguments,
    Func<FunctionTypeContext, ValueKind> CheckTypes,
    Func<FunctionCallContext, Value> Invoke)
{
    /// <summary>
    /// The observation the function reads by itself rather than through its arguments (<c>count("text")</c> reads
    /// <c>counts</c>); null for none. When it is a per-series name, a call outside <c>all(...)</c> is judged per series.
    /// </summary>
    public string? Reads { get; init; }
}
