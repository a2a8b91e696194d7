using System.Text;
using Markdig.Syntax.Inlines;

namespace Shipcheck.Core.Markdown.Reading;

/// <summary>The plain text of Markdig inlines: emphasis dropped, code spans kept in backticks, line breaks as spaces.</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append('`').Append(code.Content).Append('`');
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline link:
                text.Append(link.Url);
                break;
            case HtmlInline html:
                text.Append(html.Tag);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }
                break;
        }
    }
}
