using System.Text;

namespace Shipcheck.Core.Checks.Migrations.Alembic;

/// <summary>The few Python literals a revision header uses: a string, <c>None</c>, a tuple or list of strings.</summary>
internal static class PythonLiteral
{
    /// <summary>True when every bracket opened outside a string is closed (so the value does not go on to the next line).</summary>
    public static bool Balanced(string text)
    {
        var depth = 0;
        foreach (var token in Tokens(text))
        {
            depth += token switch { "(" or "[" => 1, ")" or "]" => -1, _ => 0 };
        }
        return depth <= 0;
    }

    /// <summary>The strings of <paramref name="text"/>: one for a string, none for <c>None</c> or <c>()</c>, each of a tuple or list; null for anything else.</summary>
    public static IReadOnlyList<string>? Strings(string text)
    {
        var tokens = Tokens(text).ToList();
        if (tokens is ["None"])
        {
            return [];
        }
        if (tokens.Count >= 2 && (tokens[0], tokens[^1]) is ("(", ")") or ("[", "]"))
        {
            tokens = tokens[1..^1];
        }
        var strings = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // Strings separated by commas; one trailing comma is allowed, as Python does.
            if (i % 2 == 0 && tokens[i].StartsWith('\0'))
            {
                strings.Add(tokens[i][1..]);
            }
            else if (i % 2 != 1 || tokens[i] != ",")
            {
                return null;
            }
        }
        return strings;
    }

    /// <summary>Brackets, commas, names and strings (a string token starts with NUL, then its value); comments are dropped.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\\')
            {
                i++;
            }
            else if (c == '#')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (c is '(' or ')' or '[' or ']' or ',')
            {
                i++;
                yield return c.ToString();
            }
            else if (c is '\'' or '"')
            {
                yield return "\0" + ReadString(text, ref i);
            }
            else
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '.'))
                {
                    i++;
                }
                if (i < text.Length && text[i] is '\'' or '"' && text[start..i].ToLowerInvariant() is "r" or "u")
                {
                    yield return "\0" + ReadString(text, ref i);
                    continue;
                }
                // Anything else (a name, a call, an operator) is one token that makes the value unreadable.
                yield return i == start ? text[i++].ToString() : text[start..i];
            }
        }
    }

    private static string ReadString(string text, ref int i)
    {
        var quote = text[i++];
        var value = new StringBuilder();
        while (i < text.Length && text[i] != quote && text[i] != '\n')
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }
            value.Append(text[i++]);
        }
        i++;
        return value.ToString();
    }
}
