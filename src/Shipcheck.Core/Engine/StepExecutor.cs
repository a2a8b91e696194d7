using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

/// <summary>
/// Runs one step from start to record: <c>when</c>, the attempts (<c>retry</c>, <c>until</c>, <c>timeout</c>),
/// severity, <c>capture</c>, then hands the result to the session, which stores it.
/// </summary>
internal sealed partial class StepExecutor(RunSession session)
{
    private TimeProvider Time => session.Time;

    public async Task<StepRecord> RunAsync(StepDefinition step, StepPlacement at, CancellationToken stop)
    {
        var startedAt = Time.GetUtcNow();
        session.Raise(new StepStarted(at.Phase, step.Name, at.Round));
        var record = Blank(step, at, startedAt);
        if (step.When is { } when)
        {
            var condition = ProbeAttempt.Evaluate(when, new WhenScope(session.Variables, Time));
            if (condition.Error is not null)
            {
                return await RecordAsync(record with
                {
                    Status = Severity(step, at.Phase, StepStatus.Error),
                    Message = $"when: {condition.Explanation}: {condition.Error}",
                });
            }
            if (!condition.Holds)
            {
                return await RecordAsync(record with { Message = $"skipped: when {condition.Explanation}" });
            }
        }

        string? note = null;
        if (session.Services.Offer is { } offer && offer.Offers(step))
        {
            (var finished, step, note) = await OfferAsync(offer, step, at, record, stop);
            if (finished is not null)
            {
                return finished;
            }
        }

        var (last, attempts) = await AttemptAsync(step, NewContext(step), stop);
        var captured = step.Capture is { } wanted ? CaptureValue(step, wanted, last.Result) : default;
        // A secret capture is a secret whatever the step's outcome: a failing step may have printed it all the same.
        if (step.Capture is { Secret: true })
        {
            session.Masker.Add(captured.Value);
        }
        var (status, message) = last.Status switch
        {
            AttemptStatus.Passed => (StepStatus.Passed, null),
            AttemptStatus.Failed => (StepStatus.Failed, last.Message),
            AttemptStatus.Error => (StepStatus.Error, last.Message),
            AttemptStatus.NoData => (StepStatus.NoData, last.Message),
            _ => at.WhenStopped(),
        };
        record = record with
        {
            Status = Severity(step, at.Phase, status),
            Message = Joined(note, last.Status is AttemptStatus.Passed or AttemptStatus.Failed ? StepMessages.Confirmation(step, last.Result) ?? message : message),
            Attempts = attempts,
            ObservationsJson = last.Result?.Observations.ToJson() ?? "{}",
            Output = last.Result?.Output,
            Expectations = last.Expectations,
        };
        if (step.Capture is { } capture && last.Status != AttemptStatus.Cancelled && record.Status is StepStatus.Passed or StepStatus.Warned)
        {
            record = await CaptureAsync(record, step, capture, captured, at.Phase);
        }
        return await RecordAsync(record);
    }

    private static string? Joined(string? note, string? message) =>
        note is null ? message : message is null ? note : $"{note}; {message}";

    /// <summary>Records a step its phase stopped before it began (verify and stability only).</summary>
    public Task<StepRecord> RecordNotStartedAsync(StepDefinition step, StepPlacement at, string message) =>
        RecordAsync(Blank(step, at, Time.GetUtcNow()) with { Attempts = 0, Message = message });

    /// <summary>A failure of a <c>severity: warn</c> step, or of any <c>post</c> step, is only a warning.</summary>
    private static StepStatus Severity(StepDefinition step, Phase phase, StepStatus status) =>
        PhaseOutcome.IsFailure(status) && (step.WarnOnly || phase == Phase.Post) ? StepStatus.Warned : status;

    private static StepRecord Blank(StepDefinition step, StepPlacement at, DateTimeOffset startedAt) => new()
    {
        Sequence = 0,
        Phase = at.Phase,
        Name = step.Name,
        Kind = step.Kind.Name,
        Status = StepStatus.Skipped,
        StartedAt = startedAt,
        Duration = TimeSpan.Zero,
        Round = at.Round,
    };

    private Task<StepRecord> RecordAsync(StepRecord record) =>
        session.RecordAsync(record with { Duration = Time.GetUtcNow() - record.StartedAt });

    private ProbeContext NewContext(StepDefinition step) => session.ProbeContext(
        step.Name,
        [.. step.Expectations.SelectMany(e => e.Expression.StringArgumentsOf("count")).Distinct(StringComparer.Ordinal)],
        step.Timeout > TimeSpan.Zero ? step.Timeout : Timeout.InfiniteTimeSpan);
}
