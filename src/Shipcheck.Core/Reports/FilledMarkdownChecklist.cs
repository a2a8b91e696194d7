using System.Globalization;
using System.Text;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Markdown.Conversion;
using Shipcheck.Core.Markdown.Reading;
using Shipcheck.Core.Markdown.Running;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Reports;

/// <summary>
/// The Markdown checklist a run came from, filled in: boxes of passed items ticked, each item's time, who and outcome
/// after it, blanks filled with the values recorded, each command's output folded under its block, failures marked,
/// and a last line with the verdict. Rendered from the stored source text and the step records only.
/// </summary>
public static class FilledMarkdownChecklist
{
    private const string Marker = " — shipcheck: ";

    /// <summary>The filled-in text; <paramref name="run"/> must carry <see cref="RunRecord.MarkdownSource"/>.</summary>
    public static string Render(RunRecord run)
    {
        var source = run.MarkdownSource ?? throw new ArgumentException("the run did not come from a Markdown checklist", nameof(run));
        var plan = MarkdownRunPlan.Recorded(MarkdownReader.Read(source, run.ChecklistPath), run.Variables);
        var lines = plan.Checklist.Repair.Text.Split('\n');
        var after = new Dictionary<int, List<string>>();
        FillBlanks(lines, plan, run);
        foreach (var (step, records) in StepsWithRecords(plan, run))
        {
            var item = plan.ItemOf(step);
            var main = records.FirstOrDefault(r => r.Phase is not (Phase.Stability or Phase.RollbackVerify)) ?? records[0];
            if (item is not null)
            {
                MarkItem(lines, item, plan, run);
            }
            if (step.Kind != ConvertedKind.Confirm && BlockEnd(lines, step.Line) is { } end)
            {
                var indent = Indent(lines[step.Line - 1]);
                var notes = after.TryGetValue(end, out var list) ? list : after[end] = [];
                if (item is null)
                {
                    notes.Add($"{indent}{Outcome(main, run)}");
                }
                notes.AddRange(Evidence(main, records, indent));
            }
        }
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            sb.Append(lines[i]);
            if (i < lines.Length - 1 || after.ContainsKey(i + 1))
            {
                sb.Append('\n');
            }
            foreach (var note in after.GetValueOrDefault(i + 1) ?? [])
            {
                sb.Append(note).Append('\n');
            }
        }
        var text = sb.ToString().TrimEnd('\n');
        return text + "\n\n---\n\n" + Footer(run) + "\n";
    }

    // Each converted step that ran, with its records in run order (verify steps also have stability and rollback_verify rounds).
    private static IEnumerable<(ConvertedStep Step, List<StepRecord> Records)> StepsWithRecords(MarkdownRunPlan plan, RunRecord run) =>
        run.Steps.OrderBy(s => s.Sequence)
            .Select(record => (Step: plan.StepOf(record.Phase, record.Name), Record: record))
            .Where(x => x.Step is not null)
            .GroupBy(x => x.Step!)
            .Select(g => (g.Key, g.Select(x => x.Record).ToList()));

    // An item is ticked when every step of it passed; otherwise its line says what happened to the first one that did not.
    private static void MarkItem(string[] lines, ChecklistItem item, MarkdownRunPlan plan, RunRecord run)
    {
        var index = item.Line - 1;
        if (lines[index].Contains(Marker, StringComparison.Ordinal))
        {
            // An item with several steps is marked once, for all of them.
            return;
        }
        var records = run.Steps
            .Where(r => r.Phase is not (Phase.Stability or Phase.RollbackVerify))
            .Where(r => plan.StepOf(r.Phase, r.Name) is { } s && plan.ItemOf(s) == item)
            .OrderBy(r => r.Sequence)
            .ToList();
        if (records.Count == 0)
        {
            return;
        }
        var decisive = records.FirstOrDefault(r => r.Status != StepStatus.Passed) ?? records[^1];
        var line = lines[index];
        if (decisive.Status == StepStatus.Passed)
        {
            line = Tick(line, item.Box);
        }
        lines[index] = line.TrimEnd() + Marker + Outcome(decisive, run);
    }

    private static string Tick(string line, BoxKind box)
    {
        if (box == BoxKind.Task)
        {
            var at = line.IndexOf("[ ]", StringComparison.Ordinal);
            return at < 0 ? line : string.Concat(line.AsSpan(0, at), "[x]", line.AsSpan(at + 3));
        }
        return box == BoxKind.Glyph ? line.Replace("☐", "☑", StringComparison.Ordinal) : line;
    }

    private static string Outcome(StepRecord step, RunRecord run)
    {
        var at = step.StartedAt.ToOffset(run.StartedAt.Offset).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var message = string.IsNullOrWhiteSpace(step.Message) ? "" : MarkdownText.Inline(step.Message);
        return step.Status switch
        {
            StepStatus.Passed => $"✔ {at}, {run.User}, {ReportText.Duration(step.Duration)}" + (message.Length > 0 ? $" ({message})" : ""),
            StepStatus.Skipped => $"skipped {at}" + (message.Length > 0 ? $": {message}" : ""),
            _ => $"✘ **{Names.Of(step.Status).ToUpperInvariant()}** {at}, {run.User}: {MarkdownText.Inline(ReportText.Problem(step))}",
        };
    }

    // The output of the step's first record, folded; later rounds (stability, rollback_verify) as one line each.
    private static IEnumerable<string> Evidence(StepRecord main, List<StepRecord> records, string indent)
    {
        if (!string.IsNullOrWhiteSpace(main.Output))
        {
            yield return "";
            yield return $"{indent}<details><summary>output ({Names.Of(main.Status)})</summary>";
            yield return "";
            var sb = new StringBuilder();
            MarkdownText.AppendFenced(sb, main.Output, indent);
            foreach (var line in sb.ToString().TrimEnd('\n').Split('\n'))
            {
                yield return line;
            }
            yield return "";
            yield return $"{indent}</details>";
        }
        foreach (var round in records.Where(r => r != main))
        {
            var what = round.Phase == Phase.Stability ? $"stability round {round.Round}" : Names.Of(round.Phase);
            yield return $"{indent}- {what}: {Names.Of(round.Status)}" + (round.Status == StepStatus.Passed ? "" : $": {MarkdownText.Inline(ReportText.Problem(round))}");
        }
    }

    private static void FillBlanks(string[] lines, MarkdownRunPlan plan, RunRecord run)
    {
        foreach (var line in plan.Blanks.GroupBy(b => b.Field.Line))
        {
            var values = line.Select(b => run.Variables.TryGetValue(b.Name, out var v) && v.Length > 0 ? v : null).ToList();
            lines[line.Key - 1] = BlankFinder.Fill(lines[line.Key - 1], values);
        }
    }

    // The 1-based line of the fence that closes the block opened on line blockLine; null for an indented block.
    private static int? BlockEnd(string[] lines, int blockLine)
    {
        var open = lines[blockLine - 1].TrimStart();
        var fenceChar = open.Length > 0 ? open[0] : ' ';
        if (fenceChar is not ('`' or '~'))
        {
            return null;
        }
        var fence = new string(fenceChar, open.TakeWhile(c => c == fenceChar).Count());
        for (var i = blockLine; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim(fenceChar).Length == 0)
            {
                return i + 1;
            }
        }
        return lines.Length;
    }

    private static string Indent(string line) => line[..(line.Length - line.TrimStart().Length)];

    private static string Footer(RunRecord run)
    {
        var finished = run.FinishedAt is { } f ? f.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture) : "not finished";
        var summary = string.IsNullOrWhiteSpace(run.Summary) ? "" : $" — {MarkdownText.Inline(run.Summary)}";
        return $"shipcheck run `{run.Id}` by {run.User} on {run.Host}: **{Names.Of(run.Verdict).ToUpperInvariant()}**, finished {finished}{summary}";
    }
}
