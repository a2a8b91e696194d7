using System.Text.RegularExpressions;

namespace Shipcheck.Core.Checks.Metrics.Selection;

/// <summary>How a matcher compares: <c>=</c>, <c>!=</c>, <c>=~</c>, <c>!~</c>.</summary>
public enum MatchOperator
{
    /// <summary><c>=</c>: the value is exactly this.</summary>
    Equal,
    /// <summary><c>!=</c>: the value is not this.</summary>
    NotEqual,
    /// <summary><c>=~</c>: the whole value matches the regular expression.</summary>
    Regex,
    /// <summary><c>!~</c>: the whole value does not match the regular expression.</summary>
    NotRegex,
}

/// <summary>
/// One matcher of a selector, <c>exchange=~"bin.*"</c>. As in PromQL, a missing label has the empty value, and
/// regular expressions are anchored at both ends.
/// </summary>
/// <param name="Name">The label name (<c>__name__</c> for the metric name).</param>
/// <param name="Operator">How it compares.</param>
/// <param name="Value">The text or pattern as written, unescaped.</param>
public sealed record LabelMatcher(string Name, MatchOperator Operator, string Value)
{
    /// <summary>The label that holds the metric name.</summary>
    public const string MetricName = "__name__";

    private Regex? _regex;

    /// <summary>Compiles the pattern of a regex matcher; throws <see cref="ArgumentException"/> when it is not valid.</summary>
    internal LabelMatcher Compiled()
    {
        if (Operator is MatchOperator.Regex or MatchOperator.NotRegex)
        {
            // Linear-time matching like RE2, which PromQL uses; the constructs RE2 lacks are refused here too.
            _regex = new Regex($"^(?:{Value})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        return this;
    }

    /// <summary>True when a label with <paramref name="value"/> (empty when absent) satisfies the matcher.</summary>
    public bool Matches(string value) => Operator switch
    {
        MatchOperator.Equal => value == Value,
        MatchOperator.NotEqual => value != Value,
        MatchOperator.Regex => _regex!.IsMatch(value),
        _ => !_regex!.IsMatch(value),
    };

    /// <inheritdoc/>
    public override string ToString() => $"{Name}{Symbol(Operator)}\"{Value}\"";

    /// <summary>The operator as written.</summary>
    public static string Symbol(MatchOperator op) => op switch
    {
        MatchOperator.Equal => "=",
        MatchOperator.NotEqual => "!=",
        MatchOperator.Regex => "=~",
        _ => "!~",
    };
}
