using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Engine;

internal sealed partial class RunFlow
{
    /// <summary>
    /// Whether the rollback may run: yes, unless an <c>irreversible</c> step has run and the checklist does not say
    /// <c>rollback_after_irreversible: allow</c>. Then a person decides; nobody to ask (no terminal,
    /// <c>--confirm-all</c>) leaves the service as it is, because rolling the code back over a migrated schema can
    /// do more harm than the failure (the seeds: "roll the database back only if schema changes are incompatible").
    /// </summary>
    /// <returns>Null to roll back; otherwise why not, for the run's summary.</returns>
    private async Task<string?> HoldRollbackAsync()
    {
        if (Checklist.RollbackAfterIrreversibleAllowed || IrreversibleStepThatRan() is not { } step)
        {
            return null;
        }
        var what = $"'{_session.Masker.Mask(step.Name)}' (line {step.Span.Line}) is irreversible and ran";
        var prompt = _session.Services.Prompt;
        if (!prompt.AsksAPerson)
        {
            return $"not rolled back: {what}; nobody to decide (no terminal or --confirm-all never rolls back after an irreversible step): " +
                "repair or roll back by hand, or set rollback_after_irreversible: allow";
        }
        ConfirmationAnswer answer;
        try
        {
            answer = await prompt.AskAsync($"{what}. Roll back anyway? (no leaves the service as it is)", _abort);
        }
        catch (OperationCanceledException)
        {
            return $"not rolled back: {what}; interrupted while asking whether to roll back";
        }
        var comment = string.IsNullOrEmpty(answer.Comment) ? "" : $": {answer.Comment}";
        if (answer.Confirmed)
        {
            _story.Add($"rollback after {what} approved by {answer.By}{comment}");
            return null;
        }
        return $"not rolled back: {what}; {answer.By} decided not to{comment}";
    }

    /// <summary>The first irreversible step of pre or deploy that started (ran, whatever its outcome), if any.</summary>
    private StepDefinition? IrreversibleStepThatRan()
    {
        var started = _session.Steps
            .Where(r => r.Phase is Phase.Pre or Phase.Deploy && r.Status != StepStatus.Skipped)
            .Select(r => (r.Phase, r.Name))
            .ToHashSet();
        return new[] { Phase.Pre, Phase.Deploy }
            .SelectMany(phase => Checklist.StepsOf(phase).SelectMany(StepNodes.Flatten).Select(step => (phase, step)))
            .Where(p => p.step.Irreversible && started.Contains((p.phase, p.step.Name)))
            .Select(p => p.step)
            .FirstOrDefault();
    }
}
