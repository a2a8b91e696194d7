using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Run;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Markdown.Running;

namespace Shipcheck.Cli.Prompts;

/// <summary>
/// An interactive Markdown run: each shell block is shown at the terminal, with the Expected lines beside it, and the
/// person chooses to run it, edit it first, skip it, or mark it done by hand. One question at a time.
/// </summary>
internal sealed class MarkdownStepOffer(TextWriter output, TextReader input, string user, MarkdownRunPlan plan, ICommandEditor editor) : IStepOffer
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly Dictionary<string, StepOfferAnswer> _verifyAnswers = new(StringComparer.Ordinal);
    private bool _closed;

    public bool Offers(StepDefinition step) => step.Kind is RunKind;

    public async Task<StepOfferAnswer> OfferAsync(StepDefinition step, Phase phase, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            // Stability and rollback_verify repeat verify's blocks, round after round: what the person chose for a
            // block in verify (run, the edit, skip, done) stands for its repeats, instead of asking every round.
            if (phase is Phase.Stability or Phase.RollbackVerify)
            {
                return _verifyAnswers.GetValueOrDefault(step.Name) ?? new StepOfferAnswer(StepChoice.Run, user);
            }
            var answer = await AskAsync(step, phase, cancellationToken);
            if (phase == Phase.Verify)
            {
                _verifyAnswers[step.Name] = answer;
            }
            return answer;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<StepOfferAnswer> AskAsync(StepDefinition step, Phase phase, CancellationToken cancellationToken)
    {
        var command = step.Options.Text(RunKind.CommandOption)?.Source ?? "";
        await ShowAsync(step, phase, command);
        while (!_closed)
        {
            await output.WriteAsync("    [r]un  [e]dit  [s]kip  mark [d]one? ");
            var answer = (await input.ReadLineAsync(cancellationToken))?.Trim().ToLowerInvariant();
            switch (answer)
            {
                case null:
                    // Once the terminal is gone nobody answers again: every later block gets the same.
                    _closed = true;
                    break;
                case "r" or "run" or "":
                    return new StepOfferAnswer(StepChoice.Run, user);
                case "s" or "skip":
                    return new StepOfferAnswer(StepChoice.Skip, user);
                case "d" or "done":
                    return new StepOfferAnswer(StepChoice.MarkDone, user);
                case "e" or "edit":
                    if (await editor.EditAsync(command, cancellationToken) is { } edited && !string.IsNullOrWhiteSpace(edited))
                    {
                        await output.WriteLineAsync($"    $ {edited.Replace("\n", "\n      ", StringComparison.Ordinal)}");
                        return edited == command ? new StepOfferAnswer(StepChoice.Run, user) : new StepOfferAnswer(StepChoice.Edit, user, edited);
                    }
                    await output.WriteLineAsync("    (unchanged)");
                    break;
                default:
                    await output.WriteLineAsync("    answer r, e, s or d (Enter runs it)");
                    break;
            }
        }
        return new StepOfferAnswer(StepChoice.NoAnswer, user);
    }

    private async Task ShowAsync(StepDefinition step, Phase phase, string command)
    {
        var converted = plan.StepOf(phase, step.Name);
        var line = converted is null ? "" : $" (line {converted.Line})";
        await output.WriteLineAsync($"  ▶ {Names.Of(phase)} · {step.Name}{line}");
        foreach (var commandLine in command.Split('\n'))
        {
            await output.WriteLineAsync($"    $ {commandLine}");
        }
        foreach (var expected in converted?.Recognized ?? [])
        {
            await output.WriteLineAsync($"    expected, checked: {expected}");
        }
        foreach (var note in converted?.Notes ?? [])
        {
            await output.WriteLineAsync($"    {note}");
        }
    }
}
