using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Reports;

/// <summary>
/// The "Verification:" line of a deployment-log entry. A check is a step of <c>verify</c>, counted once however many
/// stability rounds repeated it; it failed if any run of it failed. Failures outside the checks (a deploy step, a
/// rollback step) and the verification after a rollback are added after a semicolon.
/// </summary>
public static class VerificationSummary
{
    /// <summary>One line on what the run's checks found.</summary>
    public static string Describe(RunRecord run)
    {
        var parts = new List<string>();
        AddStepFailures(parts, run, Phase.Pre, "pre step failed");
        AddStepFailures(parts, run, Phase.Deploy, "deploy step failed");
        var checks = Checks(run, Phase.Verify, Phase.Stability);
        if (checks.Count > 0)
        {
            parts.Add(Describe(checks, capitalized: true));
        }
        AddStepFailures(parts, run, Phase.Rollback, "rollback step failed");
        var afterRollback = Checks(run, Phase.RollbackVerify);
        if (afterRollback.Count > 0)
        {
            parts.Add("after rollback: " + Describe(afterRollback, capitalized: false));
        }
        return parts.Count > 0 ? string.Join("; ", parts) : "No checks ran";
    }

    private static string Describe(IReadOnlyList<CheckOutcome> checks, bool capitalized)
    {
        var ran = checks.Where(c => c.Status != StepStatus.Skipped).ToList();
        var failed = ran.Where(c => ReportText.IsFailure(c.Status)).ToList();
        if (ran.Count == 0)
        {
            return (capitalized ? "All" : "all") + $" {Count(checks.Count, "check")} skipped";
        }
        if (failed.Count > 0)
        {
            return $"{failed.Count} of {Count(ran.Count, "check")} failed: {string.Join(", ", failed.Select(f => f.Label))}";
        }
        var notes = new List<string> { Count(ran.Count, "check") };
        var warned = ran.Count(c => c.Status == StepStatus.Warned);
        if (warned > 0)
        {
            notes.Add(Count(warned, "warning"));
        }
        var skipped = checks.Count - ran.Count;
        if (skipped > 0)
        {
            notes.Add($"{skipped} skipped");
        }
        return (capitalized ? "All" : "all") + $" checks passed ({string.Join(", ", notes)})";
    }

    private static void AddStepFailures(List<string> parts, RunRecord run, Phase phase, string label)
    {
        var failed = ReportText.StepsOf(run, phase).Where(s => ReportText.IsFailure(s.Status)).Select(s => s.Name).ToList();
        if (failed.Count > 0)
        {
            parts.Add($"{label}: {string.Join(", ", failed)}");
        }
    }

    /// <summary>Each check once, in run order, with its worst outcome; a failure only seen in stability names its round.</summary>
    private static List<CheckOutcome> Checks(RunRecord run, params Phase[] phases)
    {
        var outcomes = new List<CheckOutcome>();
        foreach (var group in run.Steps.Where(s => phases.Contains(s.Phase)).OrderBy(s => s.Sequence).GroupBy(s => s.Name, StringComparer.Ordinal))
        {
            var steps = group.ToList();
            var status = Worst(steps.Select(s => s.Status));
            var label = group.Key;
            var firstFailure = steps.FirstOrDefault(s => ReportText.IsFailure(s.Status));
            if (firstFailure is { Phase: Phase.Stability })
            {
                label += $" (stability round {firstFailure.Round})";
            }
            outcomes.Add(new CheckOutcome(label, status));
        }
        return outcomes;
    }

    private static StepStatus Worst(IEnumerable<StepStatus> statuses)
    {
        var all = statuses.ToList();
        if (all.Any(ReportText.IsFailure))
        {
            return StepStatus.Failed;
        }
        if (all.Contains(StepStatus.Warned))
        {
            return StepStatus.Warned;
        }
        return all.All(s => s == StepStatus.Skipped) ? StepStatus.Skipped : StepStatus.Passed;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private sealed record CheckOutcome(string Label, StepStatus Status);
}
