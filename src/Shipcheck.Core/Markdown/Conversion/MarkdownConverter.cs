using System.Text.RegularExpressions;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>
/// Converts a read Markdown checklist into steps: shell fences become <c>run</c> steps with the expectations their
/// expected lines allow, <c>sql</c> fences become <c>sql</c> steps when a connection is configured, and every other
/// item becomes a <c>confirm</c>. Steps keep the document's order within their phase.
/// </summary>
public static partial class MarkdownConverter
{
    /// <summary>Converts <paramref name="checklist"/>.</summary>
    public static ConvertedChecklist Convert(MarkdownChecklist checklist, ConversionOptions? options = null)
    {
        options ??= ConversionOptions.Default;
        var phases = SectionPhases.Of(checklist, options.Mapping);
        var result = new ConvertedChecklist { Service = ServiceName(checklist), Source = checklist.Path };
        var names = new StepNames();
        var sectionBlocks = checklist.CodeBlocks.Where(b => b.Item is null).Select(b => (b.Line, (object)b));
        foreach (var (_, element) in checklist.Items.Select(i => (i.Line, (object)i)).Concat(sectionBlocks).OrderBy(e => e.Line))
        {
            var section = element is ChecklistItem i ? i.Section : ((MarkdownCodeBlock)element).Section;
            var phase = section is null ? new SectionPhase(Phase.Pre, false, null) : phases[section];
            var group = section?.Text ?? checklist.Title;
            if (phase.Reference)
            {
                result.Skipped.Add(element is ChecklistItem item
                    ? new SkippedElement(item.Line, $"item \"{item.Text}\"", $"under \"{group}\", which is reference material")
                    : new SkippedElement(((MarkdownCodeBlock)element).Line, $"a {LanguageOf((MarkdownCodeBlock)element)} block", $"under \"{group}\", which is reference material"));
                continue;
            }
            var context = new StepContext(result, names, options, phase.Phase, group);
            if (element is ChecklistItem checklistItem)
            {
                ItemSteps.Add(checklistItem, context);
            }
            else
            {
                ItemSteps.AddSectionBlock((MarkdownCodeBlock)element, context);
            }
        }
        StabilityWindow.Apply(result, checklist, phases);
        return result;
    }

    internal static string LanguageOf(MarkdownCodeBlock block) => block.Language.Length == 0 ? "plain" : block.Language.Split(' ')[0];

    // "Signal Service V2 Deployment Checklist" → signal-service-v2; a title that is only "Deployment Checklist" → the file's name.
    private static string ServiceName(MarkdownChecklist checklist)
    {
        var rest = TitleNoise().Replace(checklist.Title, " ");
        var slug = Slug(rest);
        return slug.Length > 0 ? slug : Slug(Path.GetFileNameWithoutExtension(checklist.Path)) is { Length: > 0 } file ? file : "service";
    }

    private static string Slug(string text) =>
        string.Join('-', NonSlug().Split(text.ToLowerInvariant()).Where(p => p.Length > 0));

    [GeneratedRegex(@"(?i)\b(?:pre-?deployment|deployment|checklist|runbook)\b|\(T-\d+\)|\bv\d[\w.]*\b")]
    private static partial Regex TitleNoise();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonSlug();
}

/// <summary>Where a step goes and the names already used there.</summary>
internal sealed record StepContext(ConvertedChecklist Result, StepNames Names, ConversionOptions Options, Phase Phase, string Group);

/// <summary>Step names, unique within each phase (the loader requires it).</summary>
internal sealed class StepNames
{
    private readonly Dictionary<Phase, HashSet<string>> _used = [];

    public string Unique(Phase phase, string name, int line)
    {
        var used = _used.TryGetValue(phase, out var set) ? set : _used[phase] = [];
        var text = name.Length > 80 ? name[..77].TrimEnd() + "…" : name;
        text = text.Length == 0 ? $"line {line}" : text;
        var unique = used.Contains(text) ? $"{text} (line {line})" : text;
        used.Add(unique);
        return unique;
    }
}
