using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Shipcheck.Core.SecretScanning.Rules;

public static partial class Re2Translator
{
    // RE2's shorthand classes are ASCII; .NET's are Unicode. Negated ones inside a class stay (.NET's are close enough
    // there, and a negation cannot be spelled out inside another class).
    private static readonly Dictionary<char, (string Outside, string? Inside)> Shorthands = new()
    {
        ['d'] = ("[0-9]", "0-9"),
        ['D'] = ("[^0-9]", null),
        ['w'] = ("[0-9A-Za-z_]", "0-9A-Za-z_"),
        ['W'] = ("[^0-9A-Za-z_]", null),
        ['s'] = ("[\\t\\n\\f\\r ]", "\\t\\n\\f\\r "),
        ['S'] = ("[^\\t\\n\\f\\r ]", null),
    };

    private static int Escape(string re2, int i, bool inClass, StringBuilder output)
    {
        var next = re2[i + 1];
        if (Shorthands.TryGetValue(next, out var shorthand))
        {
            output.Append(inClass ? shorthand.Inside ?? $"\\{next}" : shorthand.Outside);
            return i + 1;
        }
        switch (next)
        {
            case 'p' or 'P' when i + 2 < re2.Length && re2[i + 2] != '{':
                // \pL is RE2's one-letter form of \p{L}.
                output.Append('\\').Append(next).Append('{').Append(re2[i + 2]).Append('}');
                return i + 2;
            case 'Q':
                var end = re2.IndexOf("\\E", i + 2, StringComparison.Ordinal);
                var literal = end < 0 ? re2[(i + 2)..] : re2[(i + 2)..end];
                output.Append(inClass ? EscapeInClass(literal) : Regex.Escape(literal));
                return end < 0 ? re2.Length - 1 : end + 1;
            case 'x' when i + 2 < re2.Length && re2[i + 2] == '{':
                return HexEscape(re2, i, output);
            default:
                output.Append('\\').Append(next);
                return i + 1;
        }
    }

    private static int HexEscape(string re2, int i, StringBuilder output)
    {
        var close = re2.IndexOf('}', i);
        if (close < 0 || !int.TryParse(re2.AsSpan(i + 3, close - i - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
        {
            throw new ArgumentException($"bad \\x{{…}} escape at offset {i}");
        }
        if (code > 0xFFFF)
        {
            throw new ArgumentException($"\\x{{{code:X}}} at offset {i} is outside the Basic Multilingual Plane, which .NET patterns cannot name");
        }
        output.Append(CultureInfo.InvariantCulture, $"\\u{code:X4}");
        return close;
    }

    private static string EscapeInClass(string literal)
    {
        var escaped = new StringBuilder(literal.Length * 2);
        foreach (var c in literal)
        {
            escaped.Append(char.IsAsciiLetterOrDigit(c) ? "" : "\\").Append(c);
        }
        return escaped.ToString();
    }
}
