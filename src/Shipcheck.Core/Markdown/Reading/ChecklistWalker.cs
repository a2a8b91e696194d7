using Markdig.Syntax;

namespace Shipcheck.Core.Markdown.Reading;

/// <summary>
/// Walks Markdig's tree in document order, keeping the heading and the item everything sits under. In a checklist
/// without any box, numbered list items are the items (a runbook of steps).
/// </summary>
internal sealed class ChecklistWalker(string text, MarkdownReadOptions options, bool boxedMode)
{
    private readonly string[] _lines = text.Split('\n');
    private MarkdownSection? _section;
    private MarkdownCodeBlock? _lastBlock;
    private MarkdownCodeBlock? _expectingList;

    public string? Title { get; private set; }

    public bool BoxedMode => boxedMode;

    public List<MarkdownSection> Sections { get; } = [];

    public List<ChecklistItem> Items { get; } = [];

    public List<MarkdownCodeBlock> CodeBlocks { get; } = [];

    public List<ExpectedLine> ExpectedLines { get; } = [];

    public List<BlankField> Blanks { get; } = [];

    public void Walk(ContainerBlock container) => Walk(container, null, 0);

    private void Walk(ContainerBlock container, ChecklistItem? item, int depth)
    {
        foreach (var block in container)
        {
            var expectingList = _expectingList;
            _expectingList = null;
            switch (block)
            {
                case HeadingBlock heading:
                    OnHeading(heading);
                    break;
                case ListBlock list when expectingList is not null && !ListHasBoxes(list):
                    OnExpectedList(list, expectingList);
                    break;
                case ListBlock list:
                    foreach (var listItem in list.OfType<ListItemBlock>())
                    {
                        OnListItem(listItem, list.IsOrdered, item, depth);
                    }
                    break;
                case CodeBlock code:
                    OnCode(code, item);
                    break;
                case ParagraphBlock paragraph:
                    OnParagraph(paragraph, item);
                    break;
                case ContainerBlock other:
                    Walk(other, item, depth);
                    break;
            }
        }
    }

    private void OnHeading(HeadingBlock heading)
    {
        var title = InlineText.Of(heading.Inline);
        _lastBlock = null;
        if (Title is null && heading.Level == 1 && Sections.Count == 0)
        {
            Title = title;
            return;
        }
        var parent = _section;
        while (parent is not null && parent.Level >= heading.Level)
        {
            parent = parent.Parent;
        }
        _section = new MarkdownSection(heading.Level, title, heading.Line + 1, parent);
        Sections.Add(_section);
    }

    private void OnListItem(ListItemBlock listItem, bool ordered, ChecklistItem? parent, int depth)
    {
        var paragraph = listItem.FirstOrDefault() as ParagraphBlock;
        var box = paragraph is null ? null : BoxMarkers.Find(InlineText.Of(paragraph.Inline), options);
        if (box is null && (boxedMode || !ordered || paragraph is null))
        {
            Walk(listItem, parent, depth);
            return;
        }
        var (kind, ticked, itemText) = box ?? (BoxKind.None, false, InlineText.Of(paragraph!.Inline));
        var item = new ChecklistItem(itemText, paragraph!.Line + 1, ticked, kind, depth, parent, _section);
        Items.Add(item);
        Walk(listItem, item, depth + 1);
    }

    private void OnCode(CodeBlock code, ChecklistItem? item)
    {
        var language = code is FencedCodeBlock fenced ? (fenced.Info ?? "").Trim() : "";
        var body = code.Lines.ToString();
        var block = new MarkdownCodeBlock(language, body, code.Line + 1, item, _section);
        CodeBlocks.Add(block);
        if (item is not null)
        {
            item.CodeBlocks.Add(block);
        }
        else
        {
            _section?.CodeBlocks.Add(block);
        }
        _lastBlock = block;
        var first = code is FencedCodeBlock ? code.Line + 2 : code.Line + 1;
        var bodyLines = body.Split('\n');
        for (var i = 0; i < bodyLines.Length; i++)
        {
            if (ExpectedMarkers.Match(bodyLines[i], options, comment: true) is { Length: > 0 } expected)
            {
                AddExpected(expected, first + i, block);
            }
        }
    }

    private void OnParagraph(ParagraphBlock paragraph, ChecklistItem? item)
    {
        var count = Math.Max(1, text.AsSpan(paragraph.Span.Start, Math.Max(0, paragraph.Span.Length)).Count('\n') + 1);
        for (var line = paragraph.Line; line < paragraph.Line + count && line < _lines.Length; line++)
        {
            if (ExpectedMarkers.Match(_lines[line], options, comment: false) is { } expected)
            {
                if (expected.Length == 0)
                {
                    _expectingList = _lastBlock;
                    continue;
                }
                AddExpected(expected, line + 1, _lastBlock);
                continue;
            }
            foreach (var (label, kind) in BlankFinder.Find(_lines[line]))
            {
                var blank = new BlankField(label, kind, line + 1, item, _section);
                Blanks.Add(blank);
                item?.Blanks.Add(blank);
            }
        }
    }

    private void OnExpectedList(ListBlock list, MarkdownCodeBlock? block)
    {
        foreach (var paragraph in list.Descendants<ParagraphBlock>())
        {
            AddExpected(InlineText.Of(paragraph.Inline), paragraph.Line + 1, block);
        }
    }

    private void AddExpected(string expected, int line, MarkdownCodeBlock? block)
    {
        var entry = new ExpectedLine(expected, line, block, _section);
        ExpectedLines.Add(entry);
        block?.Expected.Add(entry);
    }

    private bool ListHasBoxes(ListBlock list) => list.Descendants<ParagraphBlock>()
        .Any(p => BoxMarkers.Find(InlineText.Of(p.Inline), options) is not null);
}
