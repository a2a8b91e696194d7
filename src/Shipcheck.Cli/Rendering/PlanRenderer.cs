using System.Text;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Cli.Rendering;

/// <summary>Prints a dry-run plan: every phase and step with its resolved target, expectations and limits.</summary>
internal static class PlanRenderer
{
    public static async Task WriteAsync(TextWriter writer, RunPlan plan)
    {
        var text = new StringBuilder();
        text.AppendLine($"plan for {plan.Service}{(plan.Environment is null ? "" : $" → {plan.Environment}")} (dry run: nothing is executed)");
        if (plan.Variables.Count > 0)
        {
            text.AppendLine("variables:");
            foreach (var (name, value) in plan.Variables)
            {
                text.AppendLine($"  {name} = {value}");
            }
        }
        PlanGatesRenderer.Write(text, plan.Gates);
        foreach (var phase in plan.Phases)
        {
            text.AppendLine($"{Names.Of(phase.Phase)}{(phase.Concurrent ? " (concurrently)" : "")}:");
            string? stage = null;
            PlannedAnalysis? analysis = null;
            foreach (var step in phase.Steps)
            {
                (stage, analysis) = CanaryHeadings(text, step, stage, analysis);
                var indent = step.Stage is null ? "" : step.Analysis is null ? "  " : "    ";
                var group = step.Group is { } g ? $" [parallel group {g}]" : "";
                var on = step.Host is { } host ? $" on {host}" : "";
                text.AppendLine($"{indent}  - {step.Name} ({step.Kind}{on}{group}): {step.Target}");
                foreach (var expectation in step.Expectations)
                {
                    text.AppendLine($"{indent}      expect {expectation}");
                }
                var limits = Limits(step);
                if (limits.Length > 0)
                {
                    text.AppendLine($"{indent}      {limits}");
                }
            }
        }
        if (plan.Stability is { } stability)
        {
            text.AppendLine($"stability: for {Durations.Format(stability.For)}, every {Durations.Format(stability.Every)}: {string.Join(", ", stability.Repeat)}");
        }
        text.AppendLine("on failure in deploy, verify or stability: rollback, then verify again");
        if (plan.Phases.Any(p => p.Steps.Any(s => s.Irreversible)))
        {
            text.AppendLine(plan.RollbackAfterIrreversibleAllowed
                ? "after an irreversible step ran: rollback as usual (rollback_after_irreversible: allow)"
                : "after an irreversible step ran: rollback only when a person says so; with nobody to ask the run is not rolled back");
        }
        await writer.WriteAsync(text.ToString());
    }

    /// <summary>A canary stage's heading where its steps begin, and its analysis window's where its checks do.</summary>
    private static (string? Stage, PlannedAnalysis? Analysis) CanaryHeadings(StringBuilder text, PlannedStep step, string? stage, PlannedAnalysis? analysis)
    {
        if (step.Stage is { } name && name != stage)
        {
            text.AppendLine($"  canary stage {name}:");
        }
        if (step.Analysis is { } window && !ReferenceEquals(window, analysis))
        {
            var successes = window.ConsecutiveSuccesses > 0 ? $", promote after {window.ConsecutiveSuccesses} passing rounds in a row" : "";
            text.AppendLine($"    analysis, all checks at once: every {Durations.Format(window.Every)} for {Durations.Format(window.For)}, failure_limit {window.FailureLimit}{successes}; no data asks a person, never passes");
        }
        return (step.Stage, step.Analysis);
    }

    private static string Limits(PlannedStep step)
    {
        var parts = new List<string>();
        if (step.When is { } when)
        {
            parts.Add($"when {when}");
        }
        if (step.Timeout is { } timeout)
        {
            parts.Add($"timeout {Durations.Format(timeout)}");
        }
        if (step.Retry is { } retry)
        {
            parts.Add($"retry {retry.Attempts}× every {Durations.Format(retry.Every)}");
        }
        if (step.Until is { } until)
        {
            parts.Add($"until {Durations.Format(until)} every {Durations.Format(step.Every ?? TimeSpan.Zero)}");
        }
        if (step.Capture is { } capture)
        {
            parts.Add($"captures ${{{capture}}}{(step.CaptureIsSecret ? " (secret)" : "")}");
        }
        if (step.WarnOnly)
        {
            parts.Add("warning only");
        }
        if (step.Irreversible)
        {
            parts.Add("irreversible");
        }
        return string.Join("; ", parts);
    }
}
