using System.Globalization;
using System.Text;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>YAML scalars the writer emits: double-quoted strings with escapes, or literal blocks for commands.</summary>
internal static class YamlText
{
    public static string Quote(string text)
    {
        var s = new StringBuilder("\"");
        foreach (var c in text)
        {
            s.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return s.Append('"').ToString();
    }

    /// <summary>A value after <c>key: </c>: a literal block for several lines (indented by <paramref name="indent"/>), else quoted.</summary>
    public static string Value(string text, int indent)
    {
        var lines = text.Split('\n');
        // A block whose first line starts with a space would need an indentation indicator; quoted is simpler to read right.
        if (lines.Length == 1 || lines[0].StartsWith(' ') || lines.Any(l => l.Any(c => char.IsControl(c) && c != '\t')))
        {
            return Quote(text);
        }
        var pad = new string(' ', indent);
        return "|-\n" + string.Join('\n', lines.Select(l => l.Length == 0 ? "" : pad + l));
    }

    /// <summary>A comment's text on one line.</summary>
    public static string Comment(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
