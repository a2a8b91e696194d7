namespace Shipcheck.Core.Gates;

/// <summary>What a sign-off is bound to: the same service and environment, the same version and commit.</summary>
/// <param name="Service">The run's service.</param>
/// <param name="Environment">The run's environment, if any.</param>
/// <param name="Version">The version deployed, if any.</param>
/// <param name="Commit">The checklist folder's git HEAD when the run started, if it is in a repository.</param>
public sealed record SignoffBinding(string Service, string? Environment, string? Version, string? Commit);

/// <summary>One <c>shipcheck approve</c>: a role signed off for a run, and so for its version and commit.</summary>
public sealed record Signoff
{
    /// <summary>The run it was given for.</summary>
    public required string RunId { get; init; }
    /// <summary>What it counts for: a run with a different version or commit does not see it.</summary>
    public required SignoffBinding Binding { get; init; }
    /// <summary>The role signed for, as typed.</summary>
    public required string Role { get; init; }
    /// <summary>Who signed (<c>--as</c>, else the git or OS user).</summary>
    public required string Name { get; init; }
    /// <summary><c>--comment</c>, if any.</summary>
    public string? Comment { get; init; }
    /// <summary>When.</summary>
    public required DateTimeOffset At { get; init; }
}

/// <summary>A freeze started with <c>shipcheck freeze start</c>: on from <see cref="StartedAt"/> until ended or <see cref="Until"/>.</summary>
public sealed record AdHocFreeze
{
    /// <summary>The store's number for it (0 before it is stored).</summary>
    public long Id { get; init; }
    /// <summary><c>--reason</c>: the blocked message shows it.</summary>
    public required string Reason { get; init; }
    /// <summary><c>--service</c>; null for every service.</summary>
    public string? Service { get; init; }
    /// <summary><c>--env</c>; null for every environment.</summary>
    public string? Environment { get; init; }
    /// <summary>Who started it.</summary>
    public required string StartedBy { get; init; }
    /// <summary>When it started.</summary>
    public required DateTimeOffset StartedAt { get; init; }
    /// <summary><c>--until</c>; null until someone ends it.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>True when it holds a run of <paramref name="service"/> in <paramref name="environment"/> at <paramref name="now"/>.</summary>
    public bool Holds(string service, string? environment, DateTimeOffset now) =>
        (Service is null || string.Equals(Service, service, StringComparison.Ordinal))
        && (Environment is null || string.Equals(Environment, environment, StringComparison.Ordinal))
        && now >= StartedAt && (Until is null || now < Until);

    /// <summary><c>ad-hoc freeze #3 (demo/production), started by kim at …, until ended</c>.</summary>
    public string Describe()
    {
        var scope = Service is null && Environment is null ? "every service"
            : $"{Service ?? "every service"}{(Environment is null ? "" : $"/{Environment}")}";
        return $"ad-hoc freeze #{Id} ({scope}), started by {StartedBy} at {GateMessages.Time(StartedAt)}" +
            (Until is { } until ? $", until {GateMessages.Time(until)}" : ", until ended");
    }
}

/// <summary>A run let through a freeze by <c>--override</c>: the record history shows as break-glass.</summary>
/// <param name="Freeze">The freeze lifted.</param>
/// <param name="Reason">The <c>--override</c> reason.</param>
/// <param name="Role">The role that signed off.</param>
/// <param name="SignedBy">Who signed off.</param>
public sealed record BreakGlass(string Freeze, string Reason, string Role, string SignedBy)
{
    /// <summary>How the summary of a break-glass run starts (the override is judged first, so it comes first).</summary>
    public const string SummaryPrefix = "break-glass:";

    /// <summary>True when a run's summary says it went through a freeze by override.</summary>
    public static bool IsIn(string? summary) => summary?.StartsWith(SummaryPrefix, StringComparison.Ordinal) == true;
}

/// <summary>
/// Where gates keep what lives beyond one run: ad-hoc freezes, sign-offs, each run's commit, break-glass records.
/// The SQLite run store implements it; every write is durable when the call returns.
/// </summary>
public interface IGateStore
{
    /// <summary>Records a new ad-hoc freeze; returns its id.</summary>
    Task<long> StartFreezeAsync(AdHocFreeze freeze, CancellationToken cancellationToken = default);

    /// <summary>Ends the freeze <paramref name="id"/> at <paramref name="at"/>; false when no such freeze is on.</summary>
    Task<bool> EndFreezeAsync(long id, string endedBy, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The ad-hoc freezes not ended by hand and not past their <c>--until</c> at <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<AdHocFreeze>> ActiveFreezesAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Records the commit a run is bound to (its sign-offs are bound to it too).</summary>
    Task SetRunCommitAsync(string runId, string? commit, CancellationToken cancellationToken = default);

    /// <summary>The commit recorded for <paramref name="runId"/>; null when none was.</summary>
    Task<string?> GetRunCommitAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Records a sign-off.</summary>
    Task AddSignoffAsync(Signoff signoff, CancellationToken cancellationToken = default);

    /// <summary>Every sign-off given for <paramref name="binding"/>, oldest first.</summary>
    Task<IReadOnlyList<Signoff>> SignoffsForAsync(SignoffBinding binding, CancellationToken cancellationToken = default);

    /// <summary>Records that <paramref name="runId"/> went through a freeze by override.</summary>
    Task SetBreakGlassAsync(string runId, BreakGlass breakGlass, CancellationToken cancellationToken = default);
}
