using System.Globalization;
using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Gates.Freeze;

/// <summary>
/// One entry of <c>freeze:</c>. It is on when every condition it names holds at once: the weekday (<c>days</c>),
/// the date (<c>dates</c>), the time of day (<c>between</c>), all in wall-clock time of <see cref="Zone"/>, and the
/// flag file (<c>file</c>) existing. An entry that names only <c>file</c> is on whenever the file exists.
/// </summary>
public sealed record FreezeWindow
{
    /// <summary>The name the blocked message shows.</summary>
    public required string Name { get; init; }

    /// <summary>The IANA zone the days, dates and times are read in (UTC when the checklist names none).</summary>
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Utc;

    /// <summary><c>days:</c>; null for every day.</summary>
    public IReadOnlySet<DayOfWeek>? Days { get; init; }

    /// <summary><c>between:</c>; null for the whole day.</summary>
    public DailyWindow? Between { get; init; }

    /// <summary><c>dates:</c>; empty for every date.</summary>
    public IReadOnlyList<DateRange> Dates { get; init; } = [];

    /// <summary><c>file:</c>, resolved against the checklist's folder; null when the freeze has no flag file.</summary>
    public string? FlagFile { get; init; }

    /// <summary><c>override:</c>; null when the freeze cannot be overridden.</summary>
    public FreezeOverride? Override { get; init; }

    /// <summary>Where it is declared.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>Whether the freeze is on at <paramref name="now"/>, and until when (wall-clock, in its zone) when it says.</summary>
    public FreezeState StateAt(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone).DateTime;
        var day = DateOnly.FromDateTime(local);
        if (Between is { } between)
        {
            if (between.OccurrenceStart(local) is not { } start)
            {
                return FreezeState.Off;
            }
            day = start;
        }
        var on = (Days is null || Days.Contains(day.DayOfWeek))
            && (Dates.Count == 0 || Dates.Any(d => d.Contains(day)))
            && (FlagFile is null || File.Exists(FlagFile));
        if (!on)
        {
            return FreezeState.Off;
        }
        DateTime? until = Between is { } window ? window.EndOf(day)
            : Dates.Count > 0 && Days is null ? Dates.Where(d => d.Contains(day)).Max(d => d.Last).AddDays(1).ToDateTime(TimeOnly.MinValue)
            : null;
        return new FreezeState(true, until);
    }

    /// <summary>What the freeze covers, as the blocked message shows it: <c>mon-fri 09:00-09:30 Asia/Seoul</c>.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Days is not null)
        {
            parts.Add(string.Join(",", Enumerable.Range(1, 7).Select(i => (DayOfWeek)(i % 7)).Where(Days.Contains).Select(Weekdays.Of)));
        }
        if (Dates.Count > 0)
        {
            parts.Add(string.Join(", ", Dates));
        }
        if (Between is { } between)
        {
            parts.Add(between.ToString());
        }
        if (Days is not null || Dates.Count > 0 || Between is not null)
        {
            parts.Add(Zone.Id);
        }
        if (FlagFile is not null)
        {
            parts.Add($"while {FlagFile} exists");
        }
        return string.Join(" ", parts);
    }

    /// <summary>The end of the freeze as text for the message: <c>until 09:30 Asia/Seoul</c>, or empty.</summary>
    public string UntilText(FreezeState state) => state.Until is { } until
        ? $", until {until.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {Zone.Id}"
        : "";
}

/// <summary>Whether a freeze is on and, when known, the wall-clock time it ends.</summary>
public readonly record struct FreezeState(bool On, DateTime? Until)
{
    /// <summary>Not on.</summary>
    public static FreezeState Off => new(false, null);
}

/// <summary><c>override: { signoff: ROLE, reason: required, wait: 10m }</c>: who may lift the freeze for one run.</summary>
/// <param name="Role">The role whose sign-off lets a run with <c>--override "reason"</c> through.</param>
/// <param name="Wait">How long such a run waits for that sign-off; zero: it must already be there.</param>
public sealed record FreezeOverride(string Role, TimeSpan Wait);
