using System.Globalization;
using System.Text.RegularExpressions;

namespace Shipcheck.Core.Expectations.Functions;

/// <summary>
/// <c>last_number(text)</c>: the last number in a command's output: what <c>wc -l</c>, <c>grep -c</c>, <c>psql -t</c> or a
/// metrics line (<c>name{labels} 1234</c>) ends with. A psql footer such as <c>(3 rows)</c> is not a value and is passed
/// over. Null when there is no number, which fails any comparison.
/// </summary>
internal static partial class LastNumberFunction
{
    /// <summary>The registration.</summary>
    public static readonly ExpressionFunction Definition = new("last_number", "last_number(text)", 1, 1, CheckTypes, Invoke);

    private static ValueKind CheckTypes(FunctionTypeContext context)
    {
        context.Require(0, "a string (stdout)", ValueKind.String);
        return ValueKind.Number;
    }

    private static Value Invoke(FunctionCallContext context) =>
        context.Arguments[0] is StringValue s && Of(s.Value) is { } number ? Value.Of(number) : Value.Null;

    /// <summary>The last number in <paramref name="text"/>, or null.</summary>
    public static double? Of(string text)
    {
        foreach (var line in text.Split('\n').Reverse())
        {
            if (RowCount().IsMatch(line))
            {
                continue;
            }
            var numbers = Number().Matches(line);
            if (numbers.Count > 0 && double.TryParse(numbers[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^\s*\(\d+ rows?\)\s*$")]
    private static partial Regex RowCount();

    // A number that is not part of a word or a version (v1.2, abc123): digits with an optional fraction and exponent.
    [GeneratedRegex(@"(?<![\w.])[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w.])")]
    private static partial Regex Number();
}
