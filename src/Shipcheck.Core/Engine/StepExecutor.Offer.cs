using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Run;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

internal sealed partial class StepExecutor
{
    /// <summary>
    /// A step offered to a person (<see cref="RunnerServices.Offer"/>): the record it ends with when it does not run
    /// (skipped, marked done, no answer), or the step to run, edited or not, and a note for its record.
    /// </summary>
    private async Task<(StepRecord? Finished, StepDefinition Step, string? Note)> OfferAsync(
        IStepOffer offer, StepDefinition step, StepPlacement at, StepRecord record, CancellationToken stop)
    {
        StepOfferAnswer answer;
        try
        {
            answer = await offer.OfferAsync(step, at.Phase, stop);
        }
        catch (OperationCanceledException)
        {
            var (status, message) = at.WhenStopped();
            return await NotRunAsync(status, message);
        }
#pragma warning disable CA1031 // An offer that breaks (an editor that cannot start) fails its step, not the run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return await NotRunAsync(Severity(step, at.Phase, StepStatus.Error), $"not run: asking about it failed: {ex.Message}");
        }
        return answer.Choice switch
        {
            StepChoice.Skip => await NotRunAsync(StepStatus.Skipped, $"skipped by {answer.By}"),
            StepChoice.MarkDone => await NotRunAsync(StepStatus.Passed, $"marked done by {answer.By}; not run by Shipcheck, so there is no output"),
            StepChoice.NoAnswer => await NotRunAsync(Severity(step, at.Phase, StepStatus.Error),
                "not run: no answer (the terminal closed); run it again with --auto to run every block without asking"),
            StepChoice.Edit when answer.Command is { } command => (null, WithCommand(step, command), $"edited by {answer.By}: {command}"),
            _ => (null, step, null),
        };

        async Task<(StepRecord?, StepDefinition, string?)> NotRunAsync(StepStatus status, string message) =>
            (await RecordAsync(record with { Status = status, Attempts = 0, Message = message }), step, null);
    }

    /// <summary>
    /// The step with another command. A <c>${name}</c> in it is a variable as in the file (passed to the shell as data);
    /// text that does not parse as a template runs as typed.
    /// </summary>
    private static StepDefinition WithCommand(StepDefinition step, string command)
    {
        var diagnostics = new DiagnosticBag();
        var template = Template.Parse(command, step.Options.SpanOf(RunKind.CommandOption), diagnostics);
        var options = step.Options.With(RunKind.CommandOption, diagnostics.HasErrors ? Template.Literal(command) : template);
        return step with { Options = options };
    }
}
