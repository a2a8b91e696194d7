using System.Text;

namespace Shipcheck.Core.Reports;

/// <summary>Puts text from a run safely into Markdown.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Text for one line of a list item: line breaks become spaces, and <c>&lt;</c> is escaped so a value like
    /// <c>&lt;details&gt;</c> or <c>&lt;script&gt;</c> shows as text instead of becoming HTML where Markdown is rendered.
    /// </summary>
    public static string Inline(string text) => ReportText.OneLine(PrintableText.Of(text)).Replace("<", "&lt;", StringComparison.Ordinal);

    /// <summary>
    /// A fenced code block holding <paramref name="text"/> verbatim, every line indented by <paramref name="indent"/>.
    /// The fence is longer than any run of backticks inside, so output can never close it early.
    /// </summary>
    public static void AppendFenced(StringBuilder sb, string text, string indent)
    {
        text = PrintableText.Of(text);
        var fence = new string('`', Math.Max(3, LongestBacktickRun(text) + 1));
        sb.Append(indent).Append(fence).Append('\n');
        foreach (var line in text.TrimEnd('\r', '\n').Split('\n'))
        {
            var clean = line.TrimEnd('\r');
            // Blank lines stay empty: a fenced block keeps them, and no trailing spaces end up in the file.
            if (clean.Length > 0)
            {
                sb.Append(indent).Append(clean);
            }
            sb.Append('\n');
        }
        sb.Append(indent).Append(fence).Append('\n');
    }

    /// <summary>An inline code span holding <paramref name="text"/> on one line, with delimiters no backtick inside can close.</summary>
    public static string Code(string text)
    {
        var line = ReportText.OneLine(PrintableText.Of(text));
        if (line.Length == 0)
        {
            return "-";
        }
        var ticks = new string('`', LongestBacktickRun(line) + 1);
        // A space inside the delimiters lets the value itself start or end with a backtick.
        var pad = line.Contains('`', StringComparison.Ordinal) ? " " : "";
        return ticks + pad + line + pad + ticks;
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, current = 0;
        foreach (var c in text)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        return longest;
    }
}
