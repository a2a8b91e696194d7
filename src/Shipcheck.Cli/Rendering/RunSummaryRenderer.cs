using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Store;
using Spectre.Console;

namespace Shipcheck.Cli.Rendering;

/// <summary>The last lines of a run: the verdict, why, and where the record is.</summary>
internal static class RunSummaryRenderer
{
    public static Task WriteAsync(TextWriter writer, bool color, RunRecord run, string storePath)
    {
        var console = Terminal.Over(writer, color);
        var took = run.FinishedAt is { } end ? Durations.Format(end - run.StartedAt) : "?";
        var verdict = Names.Of(run.Verdict).ToUpperInvariant();
        console.MarkupLine($"[bold {StatusGlyphs.ColorOf(run.Verdict)}]{verdict}[/] in {took} (exit {VerdictExitCodes.For(run.Verdict)})");
        if (run.Summary is { Length: > 0 } summary)
        {
            console.MarkupLine(Markup.Escape(summary));
        }
        console.MarkupLine($"[grey]record: shipcheck show {Markup.Escape(run.Id)} --store {Markup.Escape(storePath)}[/]");
        return Task.CompletedTask;
    }
}
