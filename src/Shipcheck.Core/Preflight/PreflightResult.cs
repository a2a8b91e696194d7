using System.Text.Json;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Preflight;

/// <summary>One item of a preflight check as the report shows it.</summary>
public sealed record PreflightItem(string Name, string Status, string Message, string? Location);

/// <summary>One check of a preflight (a step of the <c>pre</c> phase) and its items.</summary>
/// <param name="Name">The step's name (<c>release_tag</c>).</param>
/// <param name="Kind">The step's kind.</param>
/// <param name="StepStatus">How the step ended in the run (passed, failed, error…).</param>
/// <param name="Passed">Whether the check counts as passed: the step passed and, under <c>--strict</c>, warned of nothing.</param>
/// <param name="Items">The findings; for a step that observes none (a <c>run</c> step, or one that could not look), one item of its own.</param>
public sealed record PreflightCheck(string Name, string Kind, StepStatus StepStatus, bool Passed, IReadOnlyList<PreflightItem> Items)
{
    /// <summary>How many items are warnings.</summary>
    public int Warnings => Items.Count(i => i.Status == "warn");
}

/// <summary>
/// What a preflight found, read from the finished run record and nothing else: the checks in order, whether each
/// passed, and the verdict. Renderers (<see cref="PreflightTextReport"/>, <see cref="PreflightJsonReport"/>) only render it.
/// </summary>
public sealed record PreflightResult(RunRecord Run, bool Strict, IReadOnlyList<PreflightCheck> Checks)
{
    /// <summary>True when every check passed and the run was not interrupted.</summary>
    public bool Passed => Run.Verdict == Verdict.Succeeded && Checks.All(c => c.Passed);

    /// <summary>How many checks passed.</summary>
    public int PassedCount => Checks.Count(c => c.Passed);

    /// <summary>
    /// Reads the checks from the <c>pre</c> steps of <paramref name="run"/>, in the order of <paramref name="order"/>
    /// (the checklist's step names) when given: the checks run together and are recorded as they end, but a report
    /// reads the same every time.
    /// </summary>
    public static PreflightResult From(RunRecord run, bool strict, IReadOnlyList<string>? order = null)
    {
        var position = (order ?? []).Select((name, i) => (name, i)).DistinctBy(p => p.name).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var steps = run.Steps.Where(s => s.Phase == Phase.Pre)
            .OrderBy(s => position.GetValueOrDefault(s.Name, int.MaxValue))
            .ThenBy(s => s.Sequence);
        return new(run, strict, [.. steps.Select(s => Check(s, strict))]);
    }

    private static PreflightCheck Check(StepRecord step, bool strict)
    {
        var items = Items(step);
        var warned = items.Any(i => i.Status == "warn");
        var passed = step.Status == StepStatus.Passed && !(strict && warned);
        return new PreflightCheck(step.Name, step.Kind, step.Status, passed, items);
    }

    private static List<PreflightItem> Items(StepRecord step)
    {
        var items = Findings(step.ObservationsJson);
        if (items.Count > 0 && step.Status is StepStatus.Passed or StepStatus.Failed or StepStatus.Warned)
        {
            return items;
        }
        // A step that could not look, was skipped, or observes no findings (a plain run step) is one line of its own.
        var status = step.Status == StepStatus.Passed ? "pass" : step.Status == StepStatus.Warned ? "warn" : "fail";
        var message = step.Message ?? Names.Of(step.Status);
        return [.. items, new PreflightItem(step.Name, status, step.Status == StepStatus.Error ? $"could not check: {message}" : message, null)];
    }

    private static List<PreflightItem> Findings(string observationsJson)
    {
        using var document = JsonDocument.Parse(observationsJson);
        if (!document.RootElement.TryGetProperty(ObservationSchema.SeriesObservation, out var series) || series.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        var items = new List<PreflightItem>();
        foreach (var item in series.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && Text(item, "status") is "pass" or "warn" or "fail" && Text(item, "name") is { } name)
            {
                var location = Text(item, "location");
                items.Add(new PreflightItem(name, Text(item, "status")!, Text(item, "message") ?? "", string.IsNullOrEmpty(location) ? null : location));
            }
        }
        return items;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The report's label of an item's status.</summary>
    public static string Label(string status) => status switch
    {
        "pass" => new Finding("", FindingStatus.Pass, "").Label,
        "warn" => new Finding("", FindingStatus.Warn, "").Label,
        _ => new Finding("", FindingStatus.Fail, "").Label,
    };
}
