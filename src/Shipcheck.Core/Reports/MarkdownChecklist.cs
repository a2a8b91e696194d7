using System.Text;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Reports;

/// <summary>The checklist items of the Markdown report: <c>- [x] name — passed in 120ms</c>, evidence folded below.</summary>
internal static class MarkdownChecklist
{
    /// <summary>One step as a checklist item, indented by <paramref name="indent"/>.</summary>
    public static void AppendStep(StringBuilder sb, StepRecord step, string indent)
    {
        var ticked = step.Status == StepStatus.Passed;
        sb.Append(indent).Append(ticked ? "- [x] " : "- [ ] ").Append(MarkdownText.Inline(step.Name)).Append(" — ").Append(Outcome(step)).Append('\n');
        AppendOutput(sb, step.Output, indent + "  ");
    }

    /// <summary>Stability as one item per check, "passed 5/5 rounds", with the failing rounds listed under it.</summary>
    public static void AppendStability(StringBuilder sb, IReadOnlyList<StepRecord> steps)
    {
        var rounds = steps.Select(s => s.Round).Distinct().Count();
        sb.Append("\n### Stability (").Append(rounds == 1 ? "1 round" : $"{rounds} rounds").Append(")\n");
        foreach (var group in steps.GroupBy(s => s.Name, StringComparer.Ordinal))
        {
            var all = group.ToList();
            var ran = all.Where(s => s.Status != StepStatus.Skipped).ToList();
            var bad = ran.Where(s => s.Status != StepStatus.Passed).ToList();
            var name = MarkdownText.Inline(group.Key);
            if (ran.Count == 0)
            {
                sb.Append("- [ ] ").Append(name).Append(" — skipped\n");
                continue;
            }
            if (bad.Count == 0)
            {
                sb.Append("- [x] ").Append(name).Append($" — passed {ran.Count}/{ran.Count} rounds\n");
                continue;
            }
            var word = bad.Any(s => ReportText.IsFailure(s.Status)) ? "**FAILED**" : "**WARNED**";
            sb.Append("- [ ] ").Append(name).Append($" — {word} in {bad.Count} of {ran.Count} rounds\n");
            foreach (var step in bad)
            {
                sb.Append("  - round ").Append(step.Round).Append(": ").Append(Outcome(step)).Append('\n');
                AppendOutput(sb, step.Output, "    ");
            }
        }
    }

    private static string Outcome(StepRecord step)
    {
        var attempts = step.Attempts > 1 ? $" after {step.Attempts} attempts" : "";
        var message = string.IsNullOrWhiteSpace(step.Message) ? "" : MarkdownText.Inline(step.Message);
        return step.Status switch
        {
            StepStatus.Passed => $"passed in {ReportText.Duration(step.Duration)}{attempts}" + (message.Length > 0 ? " — " + message : ""),
            StepStatus.Skipped => "skipped" + (message.Length > 0 ? ": " + message : ""),
            _ => $"**{Names.Of(step.Status).ToUpperInvariant()}**{attempts}: {MarkdownText.Inline(ReportText.Problem(step))}",
        };
    }

    private static void AppendOutput(StringBuilder sb, string? output, string indent)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return;
        }
        sb.Append(indent).Append("<details><summary>output</summary>\n\n");
        MarkdownText.AppendFenced(sb, output, indent);
        sb.Append('\n').Append(indent).Append("</details>\n");
    }
}
