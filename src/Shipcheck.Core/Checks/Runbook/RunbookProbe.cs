using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Git;

namespace Shipcheck.Core.Checks.Runbook;

/// <summary>Reads a <c>runbook</c> step's Markdown once: sections, freshness, links. Only an unreadable file is an error.</summary>
public sealed class RunbookProbe(RunbookOptions options) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var shown = context.Render(options.Path);
        var path = context.ResolvePath(shown);
        var sections = options.Sections.Select(context.Render).ToList();
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            var missing = Finding.Fail(shown, $"does not exist: write it with a section for each of {string.Join(", ", sections)}");
            return FindingObservations.Result([missing], Own(sections, 0, null, context));
        }
        if (!SmallTextFile.TryRead(path, 4 * 1024 * 1024, "Markdown runbook", out var text, out var error))
        {
            return ProbeResult.Failed(error!);
        }
        var document = RunbookDocument.Parse(text!);
        var findings = new List<Finding> { Finding.Pass(shown, $"found, {document.Headings.Count} headings") };
        var missingSections = new List<string>();
        foreach (var section in sections)
        {
            var finding = Section(document, shown, section);
            findings.Add(finding);
            if (finding.Status == FindingStatus.Fail)
            {
                missingSections.Add(section);
            }
        }
        try
        {
            var (freshness, updated) = await Freshness.JudgeAsync(document, path, shown, options.MaxAge, context.Time.GetUtcNow(), cancellationToken);
            findings.Add(freshness);
            var broken = await LinksAsync(document, path, shown, context, findings, cancellationToken);
            return FindingObservations.Result(findings, Own(missingSections, broken, updated, context));
        }
        catch (OperationCanceledException)
        {
            return ProbeResult.Failed($"checking {shown} was cancelled (timeout or interrupt); web links take up to {WebLinks.RequestTimeout.TotalSeconds:0}s each");
        }
        catch (GitException e)
        {
            return ProbeResult.Failed($"cannot read the git history of {shown}: {e.Message}");
        }
    }

    private Finding Section(RunbookDocument document, string shown, string section)
    {
        var words = options.Headings.FirstOrDefault(h => string.Equals(h.Key, section, StringComparison.OrdinalIgnoreCase)).Value ?? [];
        List<string> names = [section, .. words.Select(w => w.Source)];
        if (SectionMatch.Find(document.Headings, names) is { } heading)
        {
            return Finding.Pass(section, $"documented under '{heading.Text}'", $"{shown}:{heading.Line}");
        }
        var also = names.Count > 1 ? $" (or {string.Join(", ", names.Skip(1))})" : "";
        return Finding.Fail(section, $"no heading mentions {section}{also}: add a section, for example '## {Title(section)}'");
    }

    private async Task<int> LinksAsync(RunbookDocument document, string path, string shown, ProbeContext context, List<Finding> findings, CancellationToken cancellationToken)
    {
        var targets = document.Links.Select(l => (Link: l, Target: LinkTarget.Of(l.Url))).ToList();
        var (repository, _) = await GitRepository.OpenAsync(Path.GetDirectoryName(path)!, cancellationToken);
        var local = new LocalLinks(path, shown, document, repository?.Root ?? Path.GetDirectoryName(path)!);
        var (broken, checkedCount) = local.Check(targets.Where(t => t.Target.Kind is LinkKind.Anchor or LinkKind.File));
        var web = targets.Where(t => t.Target.Kind == LinkKind.Web).Select(t => t.Link).ToList();
        var webNote = web.Count == 0 ? ""
            : options.Online ? $"; {web.Count} web links checked"
            : $"; {web.Count} web links not checked (online: true checks them)";
        if (options.Online && web.Count > 0)
        {
            broken.AddRange(await WebLinks.CheckAsync(web, shown, context.Time, cancellationToken));
        }
        findings.AddRange(broken);
        if (broken.Count == 0)
        {
            findings.Add(Finding.Pass("links", $"{checkedCount} relative links and anchors resolve{webNote}"));
        }
        return broken.Count;
    }

    private static string Title(string section) => section.Length == 0 ? section : char.ToUpperInvariant(section[0]) + section[1..];

    private static Observations Own(IReadOnlyList<string> missingSections, int broken, DateTimeOffset? updated, ProbeContext context) => new Observations()
        .Set("missing_sections", new ListValue([.. missingSections.Select(s => Value.Of(s))]))
        .Set("broken_links", Value.Of(broken))
        .Set("last_updated", updated is { } when ? Value.Of(when) : Value.Null)
        .Set("age", updated is { } at ? Value.Of(context.Time.GetUtcNow() - at) : Value.Null);
}
