using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Shipcheck.Core.Checks.Runbook;

/// <summary>One heading of a Markdown file: its plain text, its GitHub anchor and its 1-based line.</summary>
internal sealed record Heading(string Text, string Slug, int Line);

/// <summary>One link or image as written, with its 1-based line and column; links inside code are never links.</summary>
internal sealed record MarkdownLink(string Url, int Line, int Column);

/// <summary>What the runbook checks read from a Markdown file: headings, links, and the lines that are not code.</summary>
internal sealed class RunbookDocument
{
    // GitHub renders tables and bare URLs as links too, so links inside them count.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().Build();

    private RunbookDocument(IReadOnlyList<Heading> headings, IReadOnlyList<MarkdownLink> links, IReadOnlyList<(int Line, string Text)> proseLines)
    {
        Headings = headings;
        Links = links;
        ProseLines = proseLines;
    }

    /// <summary>Every heading in order, with duplicate slugs numbered as GitHub does.</summary>
    public IReadOnlyList<Heading> Headings { get; }

    /// <summary>Every link and image, in order.</summary>
    public IReadOnlyList<MarkdownLink> Links { get; }

    /// <summary>The lines outside code blocks, with their 1-based numbers.</summary>
    public IReadOnlyList<(int Line, string Text)> ProseLines { get; }

    /// <summary>Parses <paramref name="text"/> (a BOM is dropped).</summary>
    public static RunbookDocument Parse(string text)
    {
        text = text.TrimStart('\uFEFF');
        var document = Markdig.Markdown.Parse(text, Pipeline);
        var slugs = new HeadingSlugs();
        var headings = new List<Heading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var plain = PlainText(heading.Inline);
            headings.Add(new(plain, slugs.Next(plain), heading.Line + 1));
        }
        var links = new List<MarkdownLink>();
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline link:
                    links.Add(new(link.Url ?? "", link.Line + 1, link.Column + 1));
                    break;
                case AutolinkInline auto when !auto.IsEmail:
                    links.Add(new(auto.Url, auto.Line + 1, auto.Column + 1));
                    break;
            }
        }
        return new(headings, links, ProseLinesOf(text, document));
    }

    private static List<(int Line, string Text)> ProseLinesOf(string text, MarkdownDocument document)
    {
        var code = new HashSet<int>();
        foreach (var block in document.Descendants<CodeBlock>())
        {
            var lines = block is FencedCodeBlock ? block.Lines.Count + 2 : block.Lines.Count;
            for (var i = 0; i < lines; i++)
            {
                code.Add(block.Line + i);
            }
        }
        return [.. text.Split('\n').Select((line, i) => (Line: i, Text: line.TrimEnd('\r'))).Where(l => !code.Contains(l.Line)).Select(l => (l.Line + 1, l.Text))];
    }

    /// <summary>The text a reader sees in a heading: code spans and link texts kept, markup and HTML left out.</summary>
    private static string PlainText(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    private static void Append(ContainerInline? container, StringBuilder text)
    {
        if (container is null)
        {
            return;
        }
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline inner:
                    Append(inner, text);
                    break;
            }
        }
    }
}
