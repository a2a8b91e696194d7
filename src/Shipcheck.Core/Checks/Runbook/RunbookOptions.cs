using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Runbook;

/// <summary>What a <c>runbook</c> step asks for.</summary>
/// <param name="Path">The runbook, relative to the checklist's folder.</param>
/// <param name="Sections">The sections that must have a heading.</param>
/// <param name="Headings">Per section, other names its heading may use (other languages, the team's own words).</param>
/// <param name="MaxAge">How old the runbook may be before it is a warning.</param>
/// <param name="Online">True to check http(s) links over the network.</param>
public sealed record RunbookOptions(
    Template Path,
    IReadOnlyList<Template> Sections,
    IReadOnlyDictionary<string, IReadOnlyList<Template>> Headings,
    TimeSpan MaxAge,
    bool Online)
{
    /// <summary>Reads the options of a validated step.</summary>
    public static RunbookOptions From(OptionValues options) => new(
        options.Text(RunbookKind.PathOption) ?? Template.Literal(RunbookKind.DefaultPath),
        options.Has(RunbookKind.SectionsOption) ? options.TextList(RunbookKind.SectionsOption) : [.. RunbookKind.DefaultSections.Select(Template.Literal)],
        options.TextListMap(RunbookKind.HeadingsOption),
        options.Get(RunbookKind.MaxAgeOption, RunbookKind.DefaultMaxAge),
        options.Get(RunbookKind.OnlineOption, false));
}
