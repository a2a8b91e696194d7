using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine.Canary;

/// <summary>
/// Runs a <c>canary:</c> entry of deploy: stage by stage, the traffic-shift steps in order, then the analysis. Each
/// analysis ends in one record, <c>STAGE · analysis</c> (kind <c>canary</c>), that says how the stage was decided. A
/// failed stage is a failed deploy entry, so the run takes its ordinary rollback path.
/// </summary>
internal sealed class CanaryRunner(RunSession session, PhaseRunner phases)
{
    /// <summary>The kind recorded for a stage's verdict.</summary>
    public const string VerdictKind = "canary";

    public async Task<PhaseOutcome> RunAsync(CanaryDefinition canary, StepPlacement at, CancellationToken stop)
    {
        foreach (var stage in canary.Stages)
        {
            if (stop.IsCancellationRequested)
            {
                break;
            }
            session.Raise(new CanaryStageStarted(stage.Name));
            var shift = await phases.RunNodesAsync(stage.Steps, at, stop);
            if (shift.Failed || stop.IsCancellationRequested)
            {
                return shift;
            }
            var verdict = stage.Analysis is { } analysis ? await AnalyseAsync(stage, analysis, stop) : null;
            if (verdict is { Status: not (StepStatus.Passed or StepStatus.Warned) })
            {
                return new PhaseOutcome(verdict);
            }
            session.StagePromoted(stage.Name, verdict?.Message ?? "promoted: no analysis");
        }
        return new PhaseOutcome(null);
    }

    private async Task<StepRecord> AnalyseAsync(CanaryStage stage, CanaryAnalysis analysis, CancellationToken stop)
    {
        var startedAt = session.Time.GetUtcNow();
        var outcome = await new AnalysisWindow(session, phases, analysis).RunAsync(stop);
        var (status, message) = outcome.Result switch
        {
            AnalysisResult.Passed => (StepStatus.Passed, "promoted: " + outcome.Message),
            AnalysisResult.Failed => (StepStatus.Failed, outcome.Message),
            AnalysisResult.Inconclusive => await StageDecision.AskAsync(session.Services.Prompt, stage.Name, outcome.Message, stop),
            _ => (StepStatus.Error, StepMessages.Interrupted),
        };
        return await session.RecordAsync(new StepRecord
        {
            Sequence = 0,
            Phase = Phase.Deploy,
            Name = stage.Name + CanaryReader.NameSeparator + "analysis",
            Kind = VerdictKind,
            Status = status,
            StartedAt = startedAt,
            Duration = session.Time.GetUtcNow() - startedAt,
            Attempts = outcome.Rounds,
            Message = message,
        });
    }
}
