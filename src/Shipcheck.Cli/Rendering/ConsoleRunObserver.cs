using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Store;
using Spectre.Console;

namespace Shipcheck.Cli.Rendering;

/// <summary>
/// Live progress: a header per phase and a line per finished step with its result and time, written as they happen
/// (steps finish concurrently, so writes are serialized). Plain lines when there is no terminal or NO_COLOR is set.
/// </summary>
internal sealed class ConsoleRunObserver(TextWriter writer, bool color, string storePath) : IRunObserver
{
    private readonly IAnsiConsole _console = Terminal.Over(writer, color);
    private readonly object _gate = new();

    public void OnEvent(RunEvent runEvent)
    {
        lock (_gate)
        {
            switch (runEvent)
            {
                case RunStarted started:
                    var run = started.Run;
                    var what = string.Join(" ", new[] { run.Service, run.Version, run.Environment is null ? null : $"→ {run.Environment}" }.OfType<string>());
                    _console.MarkupLine($"[bold]shipcheck[/] {Markup.Escape(what)}  run {Markup.Escape(run.Id)}");
                    _console.MarkupLine($"[grey]record: {Markup.Escape(storePath)}[/]");
                    break;
                case PhaseStarted phase:
                    var round = phase.Round > 0 ? $" round {phase.Round}" : "";
                    _console.MarkupLine($"[bold blue]── {Names.Of(phase.Phase)}{round}[/]");
                    break;
                case StepFinished finished:
                    WriteStep(finished.Step);
                    break;
            }
        }
    }

    private void WriteStep(StepRecord step)
    {
        var (glyph, stepColor) = StatusGlyphs.Of(step.Status);
        var attempts = step.Attempts > 1 ? $", {step.Attempts} attempts" : "";
        var detail = step.Status is StepStatus.Passed or StepStatus.Skipped && step.Message is null ? "" : step.Message ?? "";
        _console.MarkupLine(
            $"  [{stepColor}]{glyph} {Names.Of(step.Status),-7}[/] {Markup.Escape(step.Name)} [grey]({Durations.Format(step.Duration)}{attempts})[/]" +
            (detail.Length > 0 ? $"\n      [{(step.Status == StepStatus.Passed ? "grey" : stepColor)}]{Markup.Escape(detail)}[/]" : ""));
    }
}
