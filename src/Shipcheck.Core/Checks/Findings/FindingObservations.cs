using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Findings;

/// <summary>
/// What every preflight kind observes: its findings as <c>series</c> (so <c>all(status != "fail")</c> and
/// <c>any(name == "tag")</c> work) and the counts its default expectation reads, plus any names of its own.
/// </summary>
public static class FindingObservations
{
    /// <summary>The expectation a preflight step has when it gives none.</summary>
    public const string DefaultExpectation = "failures == 0";

    /// <summary>The expectation <c>--strict</c> uses: warnings count as failures.</summary>
    public const string StrictExpectation = "failures == 0 and warnings == 0";

    /// <summary>What one finding observes (the items of <c>series</c>).</summary>
    public static readonly ObservationSchema PerFinding = new(
        ("name", ValueKind.String, "What was looked at (a tag, a migration, a variable, a file, a section)."),
        ("status", ValueKind.String, "pass, warn or fail."),
        ("message", ValueKind.String, "What was seen; for warn and fail, what to do."),
        ("location", ValueKind.String, "file:line:column when the finding is a place in a file; empty otherwise."));

    /// <summary>The schema of a preflight kind: the counts and series, then the kind's own observations.</summary>
    public static ObservationSchema Schema(params (string Name, ValueKind Kind, string Description)[] own) =>
        new([
            ("passed", ValueKind.Number, "How many items passed."),
            ("warnings", ValueKind.Number, "How many items are warnings."),
            ("failures", ValueKind.Number, "How many items failed."),
            ("findings", ValueKind.Number, "How many items were judged in all."),
            (ObservationSchema.SeriesObservation, ValueKind.List, "One entry per item, with the names below; all(...) and any(...) judge them."),
            .. own,
        ])
        {
            Series = PerFinding,
        };

    /// <summary>The observations of <paramref name="findings"/>, then <paramref name="own"/>'s entries in order.</summary>
    public static Observations Of(IReadOnlyList<Finding> findings, Observations? own = null)
    {
        var observations = new Observations()
            .Set("passed", Value.Of(findings.Count(f => f.Status == FindingStatus.Pass)))
            .Set("warnings", Value.Of(findings.Count(f => f.Status == FindingStatus.Warn)))
            .Set("failures", Value.Of(findings.Count(f => f.Status == FindingStatus.Fail)))
            .Set("findings", Value.Of(findings.Count))
            .Set(ObservationSchema.SeriesObservation, new ListValue([.. findings.Select(Item)]));
        foreach (var (name, value) in own ?? Observations.Empty)
        {
            observations.Set(name, value);
        }
        return observations;
    }

    /// <summary>
    /// The probe's result: the observations, every finding as a report line for evidence, and a summary naming
    /// the first failures and warnings so the live output says which without <c>show</c>.
    /// </summary>
    public static ProbeResult Result(IReadOnlyList<Finding> findings, Observations? own = null) =>
        new(Of(findings, own), Lines(findings)) { Summary = Summary(findings) };

    /// <summary>One report line per finding.</summary>
    public static string Lines(IReadOnlyList<Finding> findings) =>
        findings.Count == 0 ? "(nothing to check)" : string.Join('\n', findings.Select(f => f.ToString()));

    /// <summary>"2 failed: tag (…); migrations (…)" — the failures first, then warnings; null when all passed.</summary>
    public static string? Summary(IReadOnlyList<Finding> findings)
    {
        const int shown = 3;
        var failed = findings.Where(f => f.Status == FindingStatus.Fail).ToList();
        var warned = findings.Where(f => f.Status == FindingStatus.Warn).ToList();
        if (failed.Count == 0 && warned.Count == 0)
        {
            return null;
        }
        var parts = new List<string>();
        if (failed.Count > 0)
        {
            parts.Add($"{failed.Count} failed: {Names(failed, shown)}");
        }
        if (warned.Count > 0)
        {
            parts.Add($"{warned.Count} {(warned.Count == 1 ? "warning" : "warnings")}: {Names(warned, shown)}");
        }
        return string.Join("; ", parts);
    }

    private static string Names(List<Finding> findings, int shown)
    {
        var text = string.Join(", ", findings.Take(shown).Select(f => $"{f.Name} ({f.Message})"));
        return findings.Count > shown ? $"{text} and {findings.Count - shown} more" : text;
    }

    private static MapValue Item(Finding finding) => new(new Dictionary<string, Value>(StringComparer.Ordinal)
    {
        ["name"] = Value.Of(finding.Name),
        ["status"] = Value.Of(finding.StatusName),
        ["message"] = Value.Of(finding.Message),
        ["location"] = Value.Of(finding.Location ?? ""),
    });
}
