using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

/// <summary>
/// Runs a probe once under the step's timeout and judges the result. This is the one place where a probe's exception
/// becomes an <c>error</c> result instead of ending the run.
/// </summary>
internal static class ProbeAttempt
{
    public static async Task<AttemptResult> RunAsync(StepDefinition step, IProbe probe, ProbeContext context, CancellationToken stop)
    {
        using var timeout = step.Timeout > TimeSpan.Zero ? new CancellationTokenSource(step.Timeout, context.Time) : null;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, timeout?.Token ?? CancellationToken.None);
        ProbeResult result;
        try
        {
            result = await probe.ObserveAsync(context, linked.Token);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            return Stopped(step, stop, null);
        }
#pragma warning disable CA1031 // A probe must not take the run down: whatever it throws is the step's error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return AttemptResult.Error(ex.Message);
        }

        var judged = Judge(step, result, context);
        // A probe told to stop may still return (a killed command's exit code); its verdict is then the stop, not the
        // failure it caused.
        return linked.IsCancellationRequested && judged.Status != AttemptStatus.Passed ? Stopped(step, stop, judged) : judged;
    }

    private static AttemptResult Stopped(StepDefinition step, CancellationToken stop, AttemptResult? judged) =>
        stop.IsCancellationRequested
            ? AttemptResult.Cancelled(judged)
            : AttemptResult.Error($"timed out after {Durations.Format(step.Timeout)}", judged?.Result);

    private static AttemptResult Judge(StepDefinition step, ProbeResult result, ProbeContext context)
    {
        if (result.Error is not null)
        {
            return AttemptResult.Error(result.Error, result);
        }
        var scope = new ObservationScope(result.Observations, context.Variables, context.Time);
        var records = new List<ExpectationRecord>(step.Expectations.Count);
        var noData = false;
        foreach (var expectation in step.Expectations)
        {
            var outcome = Evaluate(expectation.Expression, scope);
            noData |= outcome.NoData;
            var explanation = outcome.Error is null ? outcome.Explanation : $"{outcome.Explanation}: {outcome.Error}";
            records.Add(new ExpectationRecord(expectation.Expression.Source, outcome.Holds && outcome.Error is null, explanation));
        }
        var failing = records.Where(r => !r.Holds).Select(r => r.Explanation).ToList();
        if (failing.Count == 0)
        {
            return new AttemptResult(AttemptStatus.Passed, result, records, null);
        }
        var message = string.Join("; ", failing);
        if (result.Summary is { Length: > 0 } summary)
        {
            message = $"{message} — {summary}";
        }
        return new AttemptResult(noData ? AttemptStatus.NoData : AttemptStatus.Failed, result, records, message);
    }

    /// <summary>Evaluation never throws by contract; if it does anyway, the expectation does not hold and says why.</summary>
    public static ExpectationOutcome Evaluate(Expression expression, IValueScope scope)
    {
        try
        {
            return expression.Evaluate(scope);
        }
#pragma warning disable CA1031 // See summary.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ExpectationOutcome(false, expression.Source, $"could not be evaluated: {ex.Message}");
        }
    }
}
