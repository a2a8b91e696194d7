using Shipcheck.Core.Checklists;
using Shipcheck.Core.Gates.Signoffs;

namespace Shipcheck.Core.Engine;

/// <summary>
/// The gates of a <see cref="RunPlan"/>: what a run would be held by, for <c>--dry-run</c>. The checklist's freeze windows
/// are judged at the plan's time (so 2 a.m. can see that 09:00 would be blocked); ad-hoc freezes, the lock's holder and
/// sign-offs live in the store and are judged only when the run starts.
/// </summary>
/// <param name="Freezes">The checklist's <c>freeze:</c> windows.</param>
/// <param name="Lock">The <c>lock:</c> name, if any.</param>
/// <param name="Signoffs">The <c>signoffs:</c> points.</param>
/// <param name="Notify">The <c>notify:</c> targets.</param>
public sealed record PlannedGates(
    IReadOnlyList<PlannedFreeze> Freezes,
    string? Lock,
    IReadOnlyList<PlannedSignoff> Signoffs,
    IReadOnlyList<PlannedNotify> Notify)
{
    /// <summary>True when the checklist declares none of them.</summary>
    public bool IsEmpty => Freezes.Count == 0 && Lock is null && Signoffs.Count == 0 && Notify.Count == 0;

    internal static PlannedGates From(Checklist checklist, DisplayVariables display, DateTimeOffset now) => new(
        [.. checklist.Freezes.Select(f =>
        {
            var state = f.StateAt(now);
            var until = f.UntilText(state).TrimStart(',', ' ');
            return new PlannedFreeze(display.Mask(f.Name), f.Describe(), state.On, state.On && until.Length > 0 ? until : null, f.Override?.Role);
        })],
        checklist.Lock is null ? null : display.Mask(checklist.Lock),
        [.. checklist.Signoffs.Select(s => new PlannedSignoff(SignoffPoint.KeyOf(s.Before), s.Roles, s.Required, s.Wait, s.AllowSelf))],
        [.. checklist.Notify.Select(n => new PlannedNotify(
            display.Mask(n.Name),
            Names.Snake(n.Kind.ToString()),
            display.Mask(n.Destination.Render(display)),
            [.. Enum.GetValues<Notifications.NotificationEvent>().Where(n.Events.Contains).Select(e => Names.Snake(e.ToString()))]))]);
}

/// <summary>A freeze window of the checklist, and whether it is on at the plan's time.</summary>
/// <param name="Name">The window's name.</param>
/// <param name="Covers">What it covers: <c>mon,tue 09:00-09:30 Asia/Seoul</c>.</param>
/// <param name="OnNow">True when a run started now would be blocked by it.</param>
/// <param name="Until">When it ends (<c>until 2026-12-02 09:30 Asia/Seoul</c>), when on and known.</param>
/// <param name="OverrideRole">The role whose sign-off lets <c>--override</c> through; null when it cannot be overridden.</param>
public sealed record PlannedFreeze(string Name, string Covers, bool OnNow, string? Until, string? OverrideRole);

/// <summary>A sign-off point: before which moment, which roles, how many of them, how long a run waits.</summary>
public sealed record PlannedSignoff(string Before, IReadOnlyList<string> Roles, int Required, TimeSpan Wait, bool AllowSelf);

/// <summary>A notification target, its destination masked, and the events it is sent.</summary>
public sealed record PlannedNotify(string Name, string Kind, string Destination, IReadOnlyList<string> Events);
