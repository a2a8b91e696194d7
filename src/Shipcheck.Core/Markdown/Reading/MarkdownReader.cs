using Markdig;
using Markdig.Syntax;
using Shipcheck.Core.Markdown.Repair;

namespace Shipcheck.Core.Markdown.Reading;

/// <summary>
/// Reads a Markdown checklist: strips a BOM, unifies line ends, repairs mis-decoded text, parses with Markdig and walks
/// the tree into a <see cref="MarkdownChecklist"/>. Markdig decides what is a list, a heading or a code block, so a
/// task-like line inside a fence is code, never an item.
/// </summary>
public static class MarkdownReader
{
    /// <summary>The largest file read; a checklist is a few pages.</summary>
    public const long MaxBytes = 1024 * 1024;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>Reads the file at <paramref name="path"/>; a file that cannot be read gives an error naming it and what to do.</summary>
    public static MarkdownReadResult ReadFile(string path, MarkdownReadOptions? options = null)
    {
        if (!File.Exists(path))
        {
            return MarkdownReadResult.Failed($"{path}: no such file; check the path");
        }
        try
        {
            if (new FileInfo(path).Length > MaxBytes)
            {
                return MarkdownReadResult.Failed($"{path}: larger than 1 MiB, which is no checklist; pass the Markdown checklist itself");
            }
            var bytes = File.ReadAllBytes(path);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                return MarkdownReadResult.Failed($"{path}: a binary file (it contains NUL bytes); pass the Markdown checklist");
            }
            return new MarkdownReadResult(Read(new System.Text.UTF8Encoding(false, false).GetString(bytes), path, options), null);
        }
        catch (IOException e)
        {
            return MarkdownReadResult.Failed($"{path}: cannot be read ({e.Message}); check that it exists and is readable");
        }
        catch (UnauthorizedAccessException)
        {
            return MarkdownReadResult.Failed($"{path}: permission denied; check that the file is readable");
        }
    }

    /// <summary>Reads Markdown <paramref name="text"/>; <paramref name="path"/> is only for the model and messages.</summary>
    public static MarkdownChecklist Read(string text, string path, MarkdownReadOptions? options = null)
    {
        options ??= MarkdownReadOptions.Default;
        var normalized = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var repair = options.CodePages.Count == 0
            ? new RepairResult(normalized, [], [])
            : MojibakeRepair.Repair(normalized, options.CodePages);
        var document = Markdig.Markdown.Parse(repair.Text, Pipeline);
        var walker = new ChecklistWalker(repair.Text, options, HasBoxes(document, options));
        walker.Walk(document);
        return new MarkdownChecklist
        {
            Title = walker.Title ?? Path.GetFileNameWithoutExtension(path),
            Path = path,
            Sections = walker.Sections,
            Items = walker.Items,
            CodeBlocks = walker.CodeBlocks,
            ExpectedLines = walker.ExpectedLines,
            Blanks = walker.Blanks,
            HasBoxes = walker.BoxedMode,
            Repair = repair,
        };
    }

    private static bool HasBoxes(MarkdownDocument document, MarkdownReadOptions options) => document.Descendants<ListItemBlock>()
        .Select(item => item.FirstOrDefault() as ParagraphBlock)
        .Any(p => p is not null && BoxMarkers.Find(InlineText.Of(p.Inline), options) is not null);
}

/// <summary>A read checklist, or why the file could not be read.</summary>
public sealed record MarkdownReadResult(MarkdownChecklist? Checklist, string? Error)
{
    internal static MarkdownReadResult Failed(string error) => new(null, error);
}
