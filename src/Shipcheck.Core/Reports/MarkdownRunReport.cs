using System.Text;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Reports;

/// <summary>
/// The deployment-log entry (<see cref="DeploymentLogEntry"/>) followed by the filled-in checklist: one section per
/// phase in run order, every step ticked or not, with what it saw.
/// </summary>
public sealed class MarkdownRunReport : IRunReport
{
    /// <inheritdoc/>
    public string Format => "markdown";

    /// <inheritdoc/>
    public string FileExtension => "md";

    /// <inheritdoc/>
    public string Render(RunRecord run)
    {
        // A run of a Markdown checklist is recorded as that checklist filled in: the team's own document is the record.
        if (run.MarkdownSource is not null)
        {
            return FilledMarkdownChecklist.Render(run);
        }
        var sb = new StringBuilder(DeploymentLogEntry.Render(run));
        if (!string.IsNullOrWhiteSpace(run.Summary))
        {
            sb.Append('\n').Append("> ").Append(MarkdownText.Inline(run.Summary)).Append('\n');
        }
        if (run.Captures.Count > 0)
        {
            sb.Append("\n### Captured\n");
            foreach (var (name, value) in run.Captures)
            {
                sb.Append("- ").Append(MarkdownText.Inline(name)).Append(": ").Append(MarkdownText.Code(value)).Append('\n');
            }
        }
        foreach (var phase in ReportText.RunOrder)
        {
            var steps = ReportText.StepsOf(run, phase);
            if (steps.Count == 0)
            {
                continue;
            }
            if (phase == Phase.Stability)
            {
                MarkdownChecklist.AppendStability(sb, steps);
            }
            else
            {
                sb.Append("\n### ").Append(Title(phase)).Append('\n');
                foreach (var step in steps)
                {
                    MarkdownChecklist.AppendStep(sb, step, "");
                }
            }
        }
        AppendNotifications(sb, run.Notifications);
        return sb.ToString();
    }

    /// <summary>Who was told what: one line per delivery, so the record shows the channel heard of the rollback.</summary>
    private static void AppendNotifications(StringBuilder sb, IReadOnlyList<NotificationRecord> notifications)
    {
        if (notifications.Count == 0)
        {
            return;
        }
        sb.Append("\n### Notifications\n");
        foreach (var n in notifications)
        {
            var tries = n.Attempts == 1 ? "1 try" : $"{n.Attempts} tries";
            var detail = n.Detail is { Length: > 0 } d ? $": {MarkdownText.Inline(d)}" : "";
            sb.Append("- ").Append(n.Status == Notifications.NotificationStatus.Delivered ? "✔ " : "✘ ")
                .Append(Names.Snake(n.Event.ToString())).Append(" → ").Append(MarkdownText.Inline(n.Target))
                .Append(" (").Append(Names.Snake(n.Kind.ToString())).Append("): ")
                .Append(Names.Snake(n.Status.ToString())).Append(" after ").Append(tries).Append(detail).Append('\n');
        }
    }

    private static string Title(Phase phase) => phase switch
    {
        Phase.RollbackVerify => "Verify after rollback",
        _ => phase.ToString(),
    };
}
