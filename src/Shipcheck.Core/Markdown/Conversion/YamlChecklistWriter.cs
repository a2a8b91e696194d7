using System.Text;
using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>
/// Writes a converted checklist as YAML the loader accepts: phases in run order, a comment with each step's source line
/// and heading, expected lines that are not checked as comments under their step.
/// </summary>
public static class YamlChecklistWriter
{
    private static readonly Phase[] Order = [Phase.Pre, Phase.Deploy, Phase.Verify, Phase.Post, Phase.Rollback];

    /// <summary>The variable that holds the stability window's length, so <c>--var</c> can change it.</summary>
    public const string StabilityWindowVariable = "stability_window";

    /// <summary>The variable that holds the pause between stability rounds.</summary>
    public const string StabilityEveryVariable = "stability_every";

    /// <summary>The YAML text.</summary>
    public static string Write(ConvertedChecklist checklist)
    {
        var y = new StringBuilder();
        y.Append("# Converted from ").Append(YamlText.Comment(checklist.Source)).Append(" by shipcheck convert.\n");
        y.Append("# Each step names its source line; the conversion report says what stays manual and why.\n");
        y.Append("service: ").Append(YamlText.Quote(checklist.Service)).Append('\n');
        if (checklist.Variables.Count > 0 || checklist.Stability is not null)
        {
            y.Append("\nvars:                                  # placeholders in the commands: pass them with --var name=value\n");
            foreach (var v in checklist.Variables)
            {
                y.Append("  ").Append(v.Name).Append(": \"\"").Append("   # ").Append(YamlText.Comment(v.Placeholder)).Append(", line ").Append(v.Line).Append('\n');
            }
            if (checklist.Stability is { } window)
            {
                // Variables, so a run can watch longer or shorter than the Markdown says without editing the file.
                y.Append("  ").Append(StabilityWindowVariable).Append(": ").Append(Duration(window.For))
                    .Append("   # the stability window (line ").Append(window.Line).Append("): --var ").Append(StabilityWindowVariable).Append("=10m\n");
                y.Append("  ").Append(StabilityEveryVariable).Append(": 30s   # one round of its checks every 30s\n");
            }
        }
        if (checklist.Secrets.Count > 0)
        {
            y.Append("\nsecrets: [").Append(string.Join(", ", checklist.Secrets)).Append("]\n");
        }
        foreach (var phase in Order)
        {
            var steps = checklist.Steps.Where(s => s.Phase == phase).ToList();
            if (steps.Count == 0)
            {
                continue;
            }
            y.Append('\n').Append(Names.Of(phase)).Append(":\n");
            string? group = null;
            foreach (var step in steps)
            {
                if (step.Group != group)
                {
                    group = step.Group;
                    y.Append("  # ── ").Append(YamlText.Comment(group)).Append('\n');
                }
                WriteStep(y, step, checklist.Secrets.FirstOrDefault() ?? "");
            }
            if (phase == Phase.Verify && checklist.Stability is { } stability)
            {
                y.Append("\nstability:                             # line ").Append(stability.Line).Append('\n');
                y.Append("  for: ${").Append(StabilityWindowVariable).Append("}\n");
                y.Append("  every: ${").Append(StabilityEveryVariable).Append("}\n");
                y.Append("  repeat:\n");
                foreach (var name in stability.Repeat)
                {
                    y.Append("    - ").Append(YamlText.Quote(name)).Append('\n');
                }
            }
        }
        return y.ToString();
    }

    private static void WriteStep(StringBuilder y, ConvertedStep step, string connectionSecret)
    {
        y.Append("  - name: ").Append(YamlText.Quote(step.Name)).Append("   # line ").Append(step.Line).Append('\n');
        switch (step.Kind)
        {
            case ConvertedKind.Run:
                y.Append("    run: ").Append(YamlText.Value(step.Body, 6)).Append('\n');
                break;
            case ConvertedKind.Sql:
                y.Append("    sql:\n      connection: ${").Append(connectionSecret).Append("}\n");
                y.Append("      query: ").Append(YamlText.Value(step.Body, 8)).Append('\n');
                break;
            default:
                y.Append("    confirm: ").Append(YamlText.Quote(step.Body.Replace("${", "$${", StringComparison.Ordinal))).Append('\n');
                break;
        }
        if (step.Kind != ConvertedKind.Confirm && step.Expect.Count > 0)
        {
            y.Append("    expect:\n");
            foreach (var expectation in step.Expect)
            {
                y.Append("      - ").Append(YamlText.Quote(expectation)).Append('\n');
            }
        }
        foreach (var note in step.Notes)
        {
            y.Append("    # ").Append(YamlText.Comment(note)).Append('\n');
        }
    }

    private static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 && span.TotalHours == Math.Floor(span.TotalHours) ? $"{span.TotalHours}h"
        : span.TotalMinutes >= 1 && span.TotalMinutes == Math.Floor(span.TotalMinutes) ? $"{span.TotalMinutes}m"
        : $"{span.TotalSeconds}s";
}
