using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine.Canary;

/// <summary>
/// Runs one stage's analysis: after each pause of <c>every</c>, every check at once (a round, recorded like a
/// stability round: deploy phase, the round number, the stage's name as prefix), until the window closes, too many
/// rounds failed, or enough passed in a row. A round with no data is never a pass: it ends the window as inconclusive.
/// </summary>
internal sealed class AnalysisWindow(RunSession session, PhaseRunner phases, CanaryAnalysis analysis)
{
    private int _round;
    private int _failed;
    private int _streak;

    public async Task<AnalysisOutcome> RunAsync(CancellationToken stop)
    {
        var decided = await WatchWindow.RunAsync(session.Time, analysis.For, analysis.Every, stop, () => RoundAsync(stop),
            Outcome(AnalysisResult.Interrupted, StepMessages.Interrupted));
        if (decided is not null)
        {
            return decided;
        }
        return analysis.ConsecutiveSuccesses > 0
            ? Outcome(AnalysisResult.Inconclusive,
                $"inconclusive: the window closed after {Rounds(_round)} with {_streak} of {analysis.ConsecutiveSuccesses} passing rounds in a row")
            : Outcome(AnalysisResult.Passed, $"{Rounds(_round)} over {Durations.Format(analysis.For)}, {_failed} failed (failure_limit {analysis.FailureLimit})");
    }

    /// <summary>One round; the outcome when it decides the window, null to go on.</summary>
    private async Task<AnalysisOutcome?> RoundAsync(CancellationToken stop)
    {
        _round++;
        var before = session.Steps.Count;
        // Every check runs to its end: the record of each round is the evidence a person decides on.
        await phases.ConcurrentlyAsync(Phase.Deploy, _round, analysis.Checks, stop, StepMessages.Interrupted, stopOnFailure: false);
        if (stop.IsCancellationRequested)
        {
            return Outcome(AnalysisResult.Interrupted, StepMessages.Interrupted);
        }
        // Nothing else runs while a deploy entry does, so the steps recorded since the round began are this round's.
        var records = session.Steps.Skip(before).ToList();
        if (records.FirstOrDefault(r => r.Status is StepStatus.Failed or StepStatus.Error) is { } failure)
        {
            _failed++;
            _streak = 0;
            return _failed > analysis.FailureLimit
                ? Outcome(AnalysisResult.Failed,
                    $"{_failed} failed {(_failed == 1 ? "round" : "rounds")}, more than failure_limit {analysis.FailureLimit} (round {_round}: {StepMessages.Describe(failure)})", failure)
                : null;
        }
        if (records.FirstOrDefault(r => r.Status == StepStatus.NoData) is { } missing)
        {
            return Outcome(AnalysisResult.Inconclusive, $"inconclusive: no data in round {_round} ({StepMessages.Describe(missing)})", missing);
        }
        _streak++;
        return analysis.ConsecutiveSuccesses > 0 && _streak >= analysis.ConsecutiveSuccesses
            ? Outcome(AnalysisResult.Passed, $"{_streak} passing rounds in a row ({Rounds(_round)}, {_failed} failed)")
            : null;
    }

    private AnalysisOutcome Outcome(AnalysisResult result, string message, StepRecord? cause = null) => new(result, message, _round, cause);

    private static string Rounds(int n) => n == 1 ? "1 round" : $"{n} rounds";
}
