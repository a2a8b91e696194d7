using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

internal sealed partial class StepExecutor
{
    /// <summary>
    /// Sets the captured variable. A passed step whose value cannot be captured is an error: later steps (the rollback)
    /// would otherwise run with an empty value.
    /// </summary>
    private async Task<StepRecord> CaptureAsync(StepRecord record, StepDefinition step, CaptureDefinition capture,
        (string? Value, string? Error) captured, Phase phase)
    {
        var (value, error) = captured;
        if (value is not null)
        {
            var shown = await session.CaptureAsync(capture.Name, value, capture.Secret);
            return record with { Message = StepMessages.Append(record.Message, $"captured {capture.Name} = {shown}") };
        }
        var failure = $"capture {capture.Name}: {error}";
        return record.Status == StepStatus.Passed
            ? record with { Status = Severity(step, phase, StepStatus.Error), Message = failure }
            : record with { Message = StepMessages.Append(record.Message, failure) };
    }

    private (string? Value, string? Error) CaptureValue(StepDefinition step, CaptureDefinition capture, ProbeResult? result)
    {
        if (result is null)
        {
            return (null, "nothing was observed");
        }
        if (capture.Value is { } expression)
        {
            var scope = new ObservationScope(result.Observations, session.Variables, Time);
            ValueOutcome outcome;
            try
            {
                outcome = expression.EvaluateValue(scope);
            }
#pragma warning disable CA1031 // Evaluation never throws by contract; if it does, the capture fails, not the run.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return (null, $"'{expression.Source}' could not be evaluated: {ex.Message}");
            }
            return outcome.Error is null ? (StepMessages.Text(outcome.Value), null) : (null, outcome.Error);
        }
        if (step.Kind.CaptureObservation is not { } name)
        {
            return (null, $"{step.Kind.Name} steps have no value to capture by default; give capture: {{ name: {capture.Name}, value: ... }}");
        }
        return result.Observations.TryGetValue(name, out var observed)
            ? (StepMessages.Text(observed), null)
            : (null, $"the step observed no '{name}'");
    }
}
