using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

/// <summary>
/// The pieces of a run's one-line summary, written once:
/// <c>verify failed: health — status (503) == 200; rolled back; rollback verified</c>.
/// </summary>
internal static class RunSummaries
{
    public static string Succeeded(IReadOnlyList<StepRecord> steps, StabilityDefinition? stability, int rounds)
    {
        var warned = steps.Count(s => s.Status == StepStatus.Warned);
        var text = warned == 0 ? "all steps passed" : $"all steps passed, {warned} with a warning";
        return rounds > 0 && stability is not null
            ? $"{text}; stable for {Durations.Format(stability.For)} ({rounds} {(rounds == 1 ? "round" : "rounds")})"
            : text;
    }

    public static string PhaseFailed(Phase phase, StepRecord? failure) =>
        failure is null ? $"{Names.Of(phase)} failed" : $"{Names.Of(phase)} failed: {StepMessages.Describe(failure)}";

    public static string StabilityFailed(int round, StepRecord? failure) =>
        $"stability failed in round {round}" + (failure is null ? "" : $": {StepMessages.Describe(failure)}");

    public static string Interrupted(Phase phase) => $"interrupted during {Names.Of(phase)}";
}
