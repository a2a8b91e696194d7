using Shipcheck.Core.Markdown.Repair;

namespace Shipcheck.Core.Markdown.Reading;

/// <summary>
/// A Markdown checklist as read: its sections and, in document order, its items with the code blocks, expected lines
/// and blanks that belong to them. Every element keeps its 1-based source line.
/// </summary>
public sealed class MarkdownChecklist
{
    /// <summary>The first level-1 heading, or the file's name when there is none.</summary>
    public required string Title { get; init; }

    /// <summary>The file as read (display path).</summary>
    public required string Path { get; init; }

    /// <summary>Every heading after the title, in order.</summary>
    public required IReadOnlyList<MarkdownSection> Sections { get; init; }

    /// <summary>The items in document order (boxes, or numbered steps when the file has no box at all).</summary>
    public required IReadOnlyList<ChecklistItem> Items { get; init; }

    /// <summary>Every fenced or indented code block, in order.</summary>
    public required IReadOnlyList<MarkdownCodeBlock> CodeBlocks { get; init; }

    /// <summary>Every "Expected:" line, in order.</summary>
    public required IReadOnlyList<ExpectedLine> ExpectedLines { get; init; }

    /// <summary>Every blank to fill in (<c>____</c>, <c>__:__</c>), in order.</summary>
    public required IReadOnlyList<BlankField> Blanks { get; init; }

    /// <summary>True when at least one item has a box; false for a runbook of numbered steps.</summary>
    public required bool HasBoxes { get; init; }

    /// <summary>What the mojibake repair changed and what it could not.</summary>
    public required RepairResult Repair { get; init; }
}

/// <summary>A heading: its level (1–6), its text and line, and the section above it (null at the top).</summary>
public sealed record MarkdownSection(int Level, string Text, int Line, MarkdownSection? Parent)
{
    /// <summary>The code blocks under this heading that sit under no item (for the items before the next heading).</summary>
    public List<MarkdownCodeBlock> CodeBlocks { get; } = [];
}

/// <summary>Where an item's box came from.</summary>
public enum BoxKind
{
    /// <summary><c>- [ ]</c>, <c>- [x]</c>, <c>1. [ ]</c>.</summary>
    Task,

    /// <summary>A glyph used as a box: ☐, ☑, ✅.</summary>
    Glyph,

    /// <summary>No box: a numbered step of a checklist that has no box at all.</summary>
    None,
}

/// <summary>One item: its text (box removed), whether it is ticked, its nesting, and what sits under it.</summary>
public sealed record ChecklistItem(string Text, int Line, bool Checked, BoxKind Box, int Depth, ChecklistItem? Parent, MarkdownSection? Section)
{
    /// <summary>The code blocks inside the item, in order.</summary>
    public List<MarkdownCodeBlock> CodeBlocks { get; } = [];

    /// <summary>The blanks on the item's own text.</summary>
    public List<BlankField> Blanks { get; } = [];
}

/// <summary>A code block: the fence's language (empty when none), its text, the line of its opening fence.</summary>
public sealed record MarkdownCodeBlock(string Language, string Text, int Line, ChecklistItem? Item, MarkdownSection? Section)
{
    /// <summary>The "Expected:" lines that follow the block (or are comments in it).</summary>
    public List<ExpectedLine> Expected { get; } = [];
}

/// <summary>An "Expected:" line: what follows the marker, and the block it describes (null when none precedes it).</summary>
public sealed record ExpectedLine(string Text, int Line, MarkdownCodeBlock? Block, MarkdownSection? Section);

/// <summary>What a blank asks for, so a run can fill it without asking.</summary>
public enum BlankKind
{
    /// <summary>A commit hash.</summary>
    Commit,

    /// <summary>A time or date (<c>__:__</c>, "started at", "Date").</summary>
    Time,

    /// <summary>Who ("Deployed By", "Engineer", "Reviewer").</summary>
    User,

    /// <summary>Anything else: asked for.</summary>
    Other,
}

/// <summary>A blank to fill in: its label (the text before it), its kind, its line, and the item it is on (if any).</summary>
public sealed record BlankField(string Label, BlankKind Kind, int Line, ChecklistItem? Item, MarkdownSection? Section);
