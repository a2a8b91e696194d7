using System.Globalization;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Reports;

/// <summary>Wording and ordering every report shares, so the formats never disagree.</summary>
internal static class ReportText
{
    /// <summary>The phases in the order a run goes through them (rollback before post: post sees the outcome).</summary>
    public static readonly Phase[] RunOrder =
        [Phase.Pre, Phase.Deploy, Phase.Verify, Phase.Stability, Phase.Rollback, Phase.RollbackVerify, Phase.Post];

    /// <summary>A duration to the millisecond: <c>120ms</c>, <c>1.5s</c>, <c>2m5s</c>.</summary>
    public static string Duration(TimeSpan duration) =>
        Durations.Format(TimeSpan.FromMilliseconds(Math.Round(duration.TotalMilliseconds)));

    /// <summary>Milliseconds as a JSON number, rounded to a microsecond.</summary>
    public static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 3);

    /// <summary>Seconds with three decimals, as JUnit wants them.</summary>
    public static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>One line: line breaks become spaces, surrounding space goes.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Why a step did not pass: its message, else the expectations that did not hold.</summary>
    public static string Problem(StepRecord step)
    {
        if (!string.IsNullOrWhiteSpace(step.Message))
        {
            return OneLine(step.Message);
        }
        var failed = step.Expectations.Where(e => !e.Holds).Select(e => OneLine(e.Explanation)).ToList();
        return failed.Count > 0 ? string.Join("; ", failed) : Names.Of(step.Status);
    }

    /// <summary>True for statuses that fail a step (a warning does not).</summary>
    public static bool IsFailure(StepStatus status) => PhaseOutcome.IsFailure(status);

    /// <summary>How long the run took, when it has finished.</summary>
    public static TimeSpan? RunDuration(RunRecord run) => run.FinishedAt is { } end ? end - run.StartedAt : null;

    /// <summary>The steps of one phase in order.</summary>
    public static IReadOnlyList<StepRecord> StepsOf(RunRecord run, Phase phase) =>
        [.. run.Steps.Where(s => s.Phase == phase).OrderBy(s => s.Sequence)];
}
