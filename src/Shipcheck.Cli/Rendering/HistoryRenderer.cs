using System.Globalization;
using System.Text.Json;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Gates;
using Shipcheck.Core.Store;
using Spectre.Console;

namespace Shipcheck.Cli.Rendering;

/// <summary>Renders the list of runs as a table, or as JSON for scripts.</summary>
internal static class HistoryRenderer
{
    public static async Task WriteAsync(TextWriter writer, bool color, IReadOnlyList<RunRecord> runs, bool json)
    {
        if (json)
        {
            var rows = runs.Select(r => new Dictionary<string, object?>
            {
                ["id"] = r.Id,
                ["service"] = r.Service,
                ["environment"] = r.Environment,
                ["version"] = r.Version,
                ["verdict"] = Names.Of(r.Verdict),
                ["started_at"] = r.StartedAt,
                ["finished_at"] = r.FinishedAt,
                ["user"] = r.User,
                ["summary"] = r.Summary,
                ["break_glass"] = BreakGlass.IsIn(r.Summary),
            });
            await writer.WriteLineAsync(JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
            return;
        }
        if (runs.Count == 0)
        {
            await writer.WriteLineAsync("no runs recorded yet");
            return;
        }
        var table = new Table().Border(color ? TableBorder.Rounded : TableBorder.Ascii);
        foreach (var column in new[] { "run", "started", "service", "version", "verdict", "took", "user" })
        {
            table.AddColumn(column);
        }
        foreach (var run in runs)
        {
            var took = run.FinishedAt is { } end ? Durations.Format(end - run.StartedAt) : "";
            table.AddRow(
                Markup.Escape(run.Id),
                run.StartedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Markup.Escape(run.Service + (run.Environment is null ? "" : $"/{run.Environment}")),
                Markup.Escape(run.Version ?? ""),
                $"[{StatusGlyphs.ColorOf(run.Verdict)}]{Names.Of(run.Verdict)}[/]" + (BreakGlass.IsIn(run.Summary) ? " [red]break-glass[/]" : ""),
                took,
                Markup.Escape(run.User));
        }
        Terminal.Over(writer, color).Write(table);
    }
}
