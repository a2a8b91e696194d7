using System.Text;

namespace Shipcheck.Core.SecretScanning.Rules;

/// <summary>
/// Rewrites a Go RE2 pattern (what gitleaks configs are written in) into one .NET reads the same way. RE2's
/// <c>\d \w \s</c> are ASCII-only, its <c>$</c> without <c>(?m)</c> is the end of the text, its named groups are
/// numbered in order (secretGroup counts them), and it knows POSIX classes, <c>(?P&lt;name&gt;…)</c>, <c>\pL</c> and
/// <c>\Q…\E</c>; .NET differs on each, so each is rewritten. What .NET cannot express becomes an error.
/// </summary>
public static partial class Re2Translator
{
    /// <summary>The .NET pattern for <paramref name="re2"/>; throws <see cref="ArgumentException"/> naming what is unsupported.</summary>
    public static string Translate(string re2)
    {
        var multiline = UsesMultiline(re2);
        var output = new StringBuilder(re2.Length + 16);
        var inClass = false;
        for (var i = 0; i < re2.Length; i++)
        {
            var c = re2[i];
            if (c == '\\' && i + 1 < re2.Length)
            {
                i = Escape(re2, i, inClass, output);
                continue;
            }
            if (inClass)
            {
                if (c == '[' && i + 1 < re2.Length && re2[i + 1] == ':')
                {
                    i = PosixClass(re2, i, output);
                    continue;
                }
                if (c == '[')
                {
                    // A literal '[' inside a class: .NET would read "[a-[b]]" as subtraction.
                    output.Append("\\[");
                    continue;
                }
                if (c == ']')
                {
                    inClass = false;
                }
                output.Append(c);
                continue;
            }
            switch (c)
            {
                case '[':
                    inClass = true;
                    output.Append(c);
                    // RE2 takes a ']' right after '[' or '[^' as a literal.
                    if (i + 1 < re2.Length && re2[i + 1] == '^')
                    {
                        output.Append('^');
                        i++;
                    }
                    if (i + 1 < re2.Length && re2[i + 1] == ']')
                    {
                        output.Append("\\]");
                        i++;
                    }
                    break;
                case '(' when i + 1 < re2.Length && re2[i + 1] == '?':
                    i = Group(re2, i, output);
                    break;
                case '$' when !multiline:
                    output.Append("\\z");
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
        return output.ToString();
    }

    private static bool UsesMultiline(string re2)
    {
        for (var at = re2.IndexOf("(?", StringComparison.Ordinal); at >= 0; at = re2.IndexOf("(?", at + 2, StringComparison.Ordinal))
        {
            var end = at + 2;
            while (end < re2.Length && char.IsAsciiLetter(re2[end]))
            {
                if (re2[end] == 'm')
                {
                    return true;
                }
                end++;
            }
        }
        return false;
    }

    // (?P<name>…) and (?<name>…) become plain groups so numbering stays left to right, as secretGroup expects.
    private static int Group(string re2, int i, StringBuilder output)
    {
        var rest = re2.AsSpan(i + 2);
        if (rest.StartsWith("P<") || (rest.StartsWith("<") && !rest.StartsWith("<=") && !rest.StartsWith("<!")))
        {
            var close = re2.IndexOf('>', i);
            if (close < 0)
            {
                throw new ArgumentException($"unterminated group name at offset {i}");
            }
            output.Append('(');
            return close;
        }
        var flagsEnd = i + 2;
        while (flagsEnd < re2.Length && (char.IsAsciiLetter(re2[flagsEnd]) || re2[flagsEnd] == '-'))
        {
            flagsEnd++;
        }
        var flags = re2.AsSpan(i + 2, flagsEnd - i - 2);
        if (flags.Contains('U'))
        {
            throw new ArgumentException($"the ungreedy flag (?U) at offset {i} has no .NET equivalent; write lazy quantifiers (*?, +?) instead");
        }
        output.Append("(?");
        return i + 1;
    }

    private static int PosixClass(string re2, int i, StringBuilder output)
    {
        var close = re2.IndexOf(":]", i + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            output.Append("\\[");
            return i;
        }
        var name = re2[(i + 2)..close];
        if (!PosixClasses.TryGetValue(name, out var members))
        {
            throw new ArgumentException(name.StartsWith('^')
                ? $"the negated POSIX class [:{name}:] at offset {i} is not supported; write the negated class out, e.g. [^a-z]"
                : $"unknown POSIX class [:{name}:] at offset {i}");
        }
        output.Append(members);
        return close + 1;
    }

    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = "0-9A-Za-z",
        ["alpha"] = "A-Za-z",
        ["ascii"] = "\\x00-\\x7F",
        ["blank"] = "\\t ",
        ["cntrl"] = "\\x00-\\x1F\\x7F",
        ["digit"] = "0-9",
        ["graph"] = "!-~",
        ["lower"] = "a-z",
        ["print"] = " -~",
        ["punct"] = "!-/:-@\\[-`{-~",
        ["space"] = "\\t\\n\\v\\f\\r ",
        ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_",
        ["xdigit"] = "0-9A-Fa-f",
    };
}
