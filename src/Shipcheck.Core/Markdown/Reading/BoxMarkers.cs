using System.Text.RegularExpressions;

namespace Shipcheck.Core.Markdown.Reading;

/// <summary>Finds the box at the start of a list item's text: <c>[ ]</c>, <c>[x]</c>, or a glyph used as one.</summary>
internal static partial class BoxMarkers
{
    /// <summary>The box at the start of <paramref name="text"/> (list marker already removed), and the text after it.</summary>
    public static (BoxKind Kind, bool Checked, string Remainder)? Find(string text, MarkdownReadOptions options)
    {
        var task = TaskBox().Match(text);
        if (task.Success)
        {
            return (BoxKind.Task, task.Groups[1].Value != " ", text[task.Length..].Trim());
        }
        foreach (var (glyph, ticked) in options.OpenBoxGlyphs.Select(g => (g, false)).Concat(options.CheckedBoxGlyphs.Select(g => (g, true))))
        {
            if (text.StartsWith(glyph, StringComparison.Ordinal))
            {
                // Emoji are often followed by the variation selector that asks for their colour form.
                return (BoxKind.Glyph, ticked, text[glyph.Length..].TrimStart('\uFE0F').Trim());
            }
        }
        return null;
    }

    /// <summary>A source line without its indentation and list marker (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c>).</summary>
    public static string WithoutListMarker(string line) => ListMarker().Replace(line, "", 1);

    [GeneratedRegex(@"^\[( |x|X)\](?:\s+|$)")]
    private static partial Regex TaskBox();

    [GeneratedRegex(@"^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)+")]
    private static partial Regex ListMarker();
}
