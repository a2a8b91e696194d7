using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Runbook;

/// <summary>
/// <c>runbook</c>: checks that RUNBOOK.md exists, has a heading for each required section (in any language the team
/// lists), is fresh, and that its links and anchors resolve (http(s) links only with <c>online: true</c>).
/// </summary>
public sealed class RunbookKind : ICheckKind
{
    internal const string PathOption = "path";
    internal const string SectionsOption = "sections";
    internal const string HeadingsOption = "headings";
    internal const string MaxAgeOption = "max_age";
    internal const string OnlineOption = "online";

    internal const string DefaultPath = "RUNBOOK.md";
    internal static readonly string[] DefaultSections = ["health", "rollback", "scaling", "monitoring"];
    internal static readonly TimeSpan DefaultMaxAge = TimeSpan.FromDays(90);

    /// <inheritdoc/>
    public string Name => "runbook";

    /// <inheritdoc/>
    public string Description => "Checks a runbook: it exists, has a heading per required section, is fresh, and its relative links and anchors resolve (web links with online: true).";

    /// <inheritdoc/>
    public string? ShorthandOption => PathOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(PathOption, OptionType.Text, "The runbook, relative to the checklist's folder; default RUNBOOK.md."),
        new(SectionsOption, OptionType.TextList, "Sections that must have a heading; default health, rollback, scaling, monitoring."),
        new(HeadingsOption, OptionType.TextListMap, "Per section, other words its heading may use: rollback: [롤백, Rückgängig]."),
        new(MaxAgeOption, OptionType.Duration, "How old the runbook may be (its 'Last Updated' date, else its last commit) before it is a warning; default 90d."),
        new(OnlineOption, OptionType.Boolean, "Also check http(s) links over the network (HEAD, then GET); default false."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = FindingObservations.Schema(
        ("missing_sections", ValueKind.List, "Required sections without a heading."),
        ("broken_links", ValueKind.Number, "Links and anchors that do not resolve (web links counted only when online)."),
        ("last_updated", ValueKind.Timestamp, "The 'Last Updated' date, else the last commit's; null when neither is known."),
        ("age", ValueKind.Duration, "How long ago that was; null when unknown."));

    /// <inheritdoc/>
    public string DefaultExpectation => FindingObservations.DefaultExpectation;

    /// <inheritdoc/>
    public string? CaptureObservation => "failures";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromMinutes(1);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
        if (options.Text(PathOption) is { IsLiteral: true } path && string.IsNullOrWhiteSpace(path.Source))
        {
            diagnostics.Add(options.SpanOf(PathOption), "the path is empty", "name the runbook, for example 'runbook: docs/RUNBOOK.md'");
        }
        if (options.Has(MaxAgeOption) && options.Get(MaxAgeOption, DefaultMaxAge) <= TimeSpan.Zero)
        {
            diagnostics.Add(options.SpanOf(MaxAgeOption), "'max_age' must be positive", "for example 'max_age: 90d'");
        }
        var sections = options.Has(SectionsOption)
            ? [.. options.TextList(SectionsOption).Select(t => t.Source)]
            : DefaultSections;
        if (options.Has(SectionsOption) && sections.Length == 0)
        {
            diagnostics.Add(options.SpanOf(SectionsOption), "'sections' is empty", "name the sections the runbook must have, or leave 'sections' out for the defaults");
        }
        foreach (var section in options.TextListMap(HeadingsOption).Keys.Where(k => !sections.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            var hint = Suggestions.DidYouMean(section, sections) ?? $"use one of the sections: {string.Join(", ", sections)}";
            diagnostics.Add(options.SpanOf(HeadingsOption), $"'headings' names '{section}', which is not one of the sections", hint);
        }
    }

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new RunbookProbe(RunbookOptions.From(options));
}
