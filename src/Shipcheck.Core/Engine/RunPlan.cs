namespace Shipcheck.Core.Engine;

/// <summary>
/// What a run would do, as data, for <c>--dry-run</c>: a separate way to "execute" a checklist that runs nothing.
/// Variables are resolved for display and secrets masked; the CLI renders it.
/// </summary>
/// <param name="Service">The service.</param>
/// <param name="Environment">The environment, if any.</param>
/// <param name="RunId">The id the run would get.</param>
/// <param name="Variables">Every variable as resolved, secrets as <c>****</c>.</param>
/// <param name="Phases">The phases that have steps, in run order; rollback last (it runs only after a failure).</param>
/// <param name="Stability">The stability window, if the checklist has one with steps to repeat.</param>
public sealed record RunPlan(
    string Service,
    string? Environment,
    string RunId,
    IReadOnlyDictionary<string, string> Variables,
    IReadOnlyList<PlannedPhase> Phases,
    PlannedStability? Stability)
{
    /// <summary><c>rollback_after_irreversible: allow</c>: a failure after an irreversible step still rolls back by itself.</summary>
    public bool RollbackAfterIrreversibleAllowed { get; init; }

    /// <summary>The freeze windows, lock, sign-offs and notifications the run would meet.</summary>
    public PlannedGates Gates { get; init; } = new([], null, [], []);

    /// <summary>The plan of <paramref name="run"/>, its freeze windows judged at <paramref name="now"/>. Nothing is executed and nothing is stored.</summary>
    public static RunPlan Build(PreparedRun run, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(run);
        var display = new DisplayVariables(run);
        Phase[] order = [Phase.Pre, Phase.Deploy, Phase.Verify, Phase.Post, Phase.Rollback];
        var phases = order
            .Select(phase => PlannedPhase.From(phase, run.Checklist.StepsOf(phase), display))
            .Where(p => p.Steps.Count > 0)
            .ToList();
        var stability = run.Checklist.Stability is { Repeat.Count: > 0 } s
            ? new PlannedStability(s.For, s.Every, [.. s.Repeat.Select(r => run.Masker.Mask(r.Name))])
            : null;
        return new RunPlan(run.Checklist.Service, run.Checklist.Environment, run.RunId, run.MaskedVariables(), phases, stability)
        {
            RollbackAfterIrreversibleAllowed = run.Checklist.RollbackAfterIrreversibleAllowed,
            Gates = PlannedGates.From(run.Checklist, display, now),
        };
    }
}
