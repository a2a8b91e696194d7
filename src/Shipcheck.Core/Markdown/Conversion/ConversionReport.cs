using System.Text;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>
/// The conversion report, in Markdown: what became automatic (and from which expected lines), what stays manual and
/// why, what became no step, the placeholders to pass, and what the mojibake repair changed or could not.
/// </summary>
public static class ConversionReport
{
    /// <summary>The report text.</summary>
    public static string Write(MarkdownChecklist source, ConvertedChecklist converted)
    {
        var r = new StringBuilder();
        var automatic = converted.Steps.Where(s => s.Kind != ConvertedKind.Confirm).ToList();
        var manual = converted.Steps.Where(s => s.Kind == ConvertedKind.Confirm).ToList();
        r.Append("# Conversion report: ").Append(source.Title).Append("\n\n");
        r.Append($"Source `{Path.GetFileName(source.Path)}`: {source.Items.Count} items, {source.CodeBlocks.Count} code blocks, {source.Sections.Count} headings");
        r.Append(source.HasBoxes ? ".\n" : " (no boxes: numbered steps are the items).\n");
        r.Append($"Converted: {converted.Steps.Count} steps, {automatic.Count} automatic and {manual.Count} manual; {converted.Skipped.Count} parts became no step.\n");
        r.Append("\n## Automatic\n\n");
        foreach (var step in automatic)
        {
            r.Append($"- line {step.Line}, {Names.Of(step.Phase)}: `{step.Kind.ToString().ToLowerInvariant()}` \"{step.Name}\" expects `{string.Join(" and ", step.Expect)}`\n");
            foreach (var recognized in step.Recognized)
            {
                r.Append("  - recognised ").Append(recognized).Append('\n');
            }
            foreach (var note in step.Notes)
            {
                r.Append("  - ").Append(note).Append('\n');
            }
        }
        r.Append("\n## Manual (confirm)\n\n");
        foreach (var step in manual)
        {
            r.Append($"- line {step.Line}, {Names.Of(step.Phase)}: \"{step.Name}\": {step.ManualReason}\n");
        }
        if (converted.Stability is { } stability)
        {
            r.Append($"\n## Stability\n\nThe stability section (line {stability.Line}) repeats {string.Join(", ", stability.Repeat.Select(n => $"\"{n}\""))} for {stability.For.TotalMinutes:0.##} minutes; its steps run once in verify first.\n");
        }
        if (converted.Variables.Count > 0)
        {
            r.Append("\n## Placeholders (pass with --var)\n\n");
            foreach (var v in converted.Variables)
            {
                r.Append($"- `{v.Placeholder}` (line {v.Line}) became `${{{v.Name}}}`\n");
            }
        }
        r.Append("\n## Not converted\n\n");
        foreach (var skipped in converted.Skipped)
        {
            r.Append($"- line {skipped.Line}: {skipped.What}: {skipped.Reason}\n");
        }
        WriteRepairs(r, source);
        return r.ToString();
    }

    private static void WriteRepairs(StringBuilder r, MarkdownChecklist source)
    {
        r.Append("\n## Mis-decoded text\n\n");
        if (source.Repair.Clean)
        {
            r.Append("None found.\n");
            return;
        }
        r.Append($"{source.Repair.Repairs.Count} runs repaired, {source.Repair.Unrepaired.Count} characters kept as written (a byte was lost).\n\n");
        foreach (var repair in source.Repair.Repairs)
        {
            r.Append($"- line {repair.Line}: `{repair.Before}` → `{repair.After}` (UTF-8 read as {repair.CodePage})\n");
        }
        foreach (var kept in source.Repair.Unrepaired)
        {
            r.Append($"- line {kept.Line}: `{kept.Text}` not repaired ({kept.CodePage}): {kept.Reason}\n");
        }
    }
}
