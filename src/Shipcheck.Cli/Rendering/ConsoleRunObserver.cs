using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Gates.Locks;
using Shipcheck.Core.Store;
using Spectre.Console;

namespace Shipcheck.Cli.Rendering;

/// <summary>
/// Live progress: a header per phase and a line per finished step with its result and time, written as they happen
/// (steps finish concurrently, so writes are serialized). Colors through Spectre.Console on a terminal; plain lines,
/// written directly, when there is no terminal or NO_COLOR is set.
/// </summary>
internal sealed class ConsoleRunObserver(TextWriter writer, bool color, string storePath) : IRunObserver
{
    private readonly IAnsiConsole? _console = color ? Terminal.Over(writer, color) : null;
    private const int OutputLines = 20;
    private readonly Lock _gate = new();

    /// <summary>
    /// True in an interactive Markdown run: each step's output (its last lines) is printed under its result, so the
    /// person compares it with the Expected lines the offer showed before it ran.
    /// </summary>
    public bool ShowOutput { get; init; }

    public void OnEvent(RunEvent runEvent)
    {
        lock (_gate)
        {
            switch (runEvent)
            {
                case RunStarted started:
                    var run = started.Run;
                    var what = string.Join(" ", new[] { run.Service, run.Version, run.Environment is null ? null : $"→ {run.Environment}" }.OfType<string>());
                    Line($"shipcheck {what}  run {run.Id}", "bold");
                    Line($"record: {storePath}", "grey");
                    break;
                case LockWaiting waiting:
                    Line(LockMessages.Waiting(waiting.Holder, waiting.Wait), "yellow");
                    break;
                case PhaseStarted phase:
                    Line($"── {Names.Of(phase.Phase)}{(phase.Round > 0 ? $" round {phase.Round}" : "")}", "bold blue");
                    break;
                case CanaryStageStarted stage:
                    Line($"── canary stage {stage.Stage}", "bold blue");
                    break;
                case StepFinished finished:
                    WriteStep(finished.Step);
                    break;
                case WaitingForSignoff waiting:
                    Line($"  ⏸ {waiting.Message ?? $"waiting {waiting.Point} for {string.Join(", ", waiting.Missing)}"}", "yellow");
                    break;
            }
        }
    }

    private void WriteStep(StepRecord step)
    {
        var (glyph, stepColor) = StatusGlyphs.Of(step.Status);
        var attempts = step.Attempts > 1 ? $", {step.Attempts} attempts" : "";
        var head = $"  {glyph} {Names.Of(step.Status),-7} {step.Name} ({Durations.Format(step.Duration)}{attempts})";
        var detail = step.Status is StepStatus.Passed or StepStatus.Skipped && step.Message is null ? null : step.Message;
        if (_console is null)
        {
            writer.WriteLine(detail is null ? head : $"{head}\n      {detail}");
        }
        else
        {
            _console.MarkupLine(
                $"  [{stepColor}]{glyph} {Names.Of(step.Status),-7}[/] {Markup.Escape(step.Name)} [grey]({Durations.Format(step.Duration)}{attempts})[/]" +
                (detail is null ? "" : $"\n      [{(step.Status == StepStatus.Passed ? "grey" : stepColor)}]{Markup.Escape(detail)}[/]"));
        }
        if (ShowOutput && !string.IsNullOrWhiteSpace(step.Output))
        {
            var lines = step.Output.TrimEnd('\n').Split('\n');
            foreach (var line in lines.Length > OutputLines ? ["…", .. lines[^OutputLines..]] : lines)
            {
                Line($"      │ {line}", "grey");
            }
        }
    }

    private void Line(string text, string style)
    {
        if (_console is null)
        {
            writer.WriteLine(text);
        }
        else
        {
            _console.MarkupLine($"[{style}]{Markup.Escape(text)}[/]");
        }
    }
}
