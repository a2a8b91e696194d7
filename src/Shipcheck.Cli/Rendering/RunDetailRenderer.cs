using System.Globalization;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Store;
using Spectre.Console;

namespace Shipcheck.Cli.Rendering;

/// <summary>One run in full for a person: header, then each step with its expectations and evidence.</summary>
internal static class RunDetailRenderer
{
    private const int OutputLines = 20;

    public static Task WriteAsync(TextWriter writer, bool color, RunRecord run)
    {
        var console = Terminal.Over(writer, color);
        console.MarkupLine($"[bold]run {Markup.Escape(run.Id)}[/]  {Markup.Escape(run.Service)} {Markup.Escape(run.Version ?? "")}");
        console.MarkupLine($"started {run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)} by {Markup.Escape(run.User)} on {Markup.Escape(run.Host)}");
        console.MarkupLine($"verdict [bold {StatusGlyphs.ColorOf(run.Verdict)}]{Names.Of(run.Verdict)}[/]{(run.Summary is null ? "" : " — " + Markup.Escape(run.Summary))}");
        foreach (var (name, value) in run.Captures)
        {
            console.MarkupLine($"captured {Markup.Escape(name)} = {Markup.Escape(value)}");
        }
        Phase? phase = null;
        var round = 0;
        foreach (var step in run.Steps)
        {
            if (step.Phase != phase || step.Round != round)
            {
                phase = step.Phase;
                round = step.Round;
                console.MarkupLine($"[bold blue]── {Names.Of(step.Phase)}{(round > 0 ? $" round {round}" : "")}[/]");
            }
            var (glyph, stepColor) = StatusGlyphs.Of(step.Status);
            console.MarkupLine($"  [{stepColor}]{glyph} {Names.Of(step.Status),-7}[/] {Markup.Escape(step.Name)} [grey]({step.Kind}, {Durations.Format(step.Duration)})[/]");
            if (step.Message is { } message)
            {
                console.MarkupLine($"      {Markup.Escape(message)}");
            }
            foreach (var expectation in step.Expectations)
            {
                console.MarkupLine($"      [{(expectation.Holds ? "green" : "red")}]{(expectation.Holds ? "✔" : "✘")}[/] {Markup.Escape(expectation.Explanation)}");
            }
            if (step.Status is not StepStatus.Passed && step.Output is { Length: > 0 } output)
            {
                foreach (var line in output.Split('\n').TakeLast(OutputLines))
                {
                    console.MarkupLine($"      [grey]│ {Markup.Escape(line.TrimEnd('\r'))}[/]");
                }
            }
        }
        NotificationsRenderer.Write(console, run.Notifications);
        return Task.CompletedTask;
    }
}
