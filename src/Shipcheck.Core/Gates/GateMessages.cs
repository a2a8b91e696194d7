using System.Globalization;
using Shipcheck.Core.Gates.Freeze;
using Shipcheck.Core.Gates.Signoffs;

namespace Shipcheck.Core.Gates;

/// <summary>Every message a gate shows a person: what holds the run, and how to go on.</summary>
internal static class GateMessages
{
    public static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    /// <summary>Blocked by one or more freezes: each named, then how to go on.</summary>
    public static string Frozen(IReadOnlyList<FreezeHit> hits, string runId, bool overrideAsked)
    {
        var named = string.Join("; ", hits.Select(h => $"freeze \"{h.Name}\" is on ({h.Window})"));
        return $"blocked: {named}; {HowToGoOn(hits, runId, overrideAsked)}";
    }

    private static string HowToGoOn(IReadOnlyList<FreezeHit> hits, string runId, bool overrideAsked)
    {
        if (hits.FirstOrDefault(h => h.AdHocId is not null) is { } adHoc)
        {
            return $"an ad-hoc freeze cannot be overridden: end it with `shipcheck freeze end {adHoc.AdHocId}` or wait";
        }
        if (hits.FirstOrDefault(h => h.Override is null) is { } fixedFreeze)
        {
            return $"freeze \"{fixedFreeze.Name}\" names no override role: wait until it ends";
        }
        var roles = string.Join(", ", hits.Select(h => h.Override!.Role).Distinct(StringComparer.OrdinalIgnoreCase));
        return overrideAsked
            ? $"the override needs a sign-off from {roles}: shipcheck approve {runId} --role {Quote(roles)}, then run again with --override"
            : $"to deploy anyway run with --override \"reason\" and a sign-off from {roles} (shipcheck approve RUN --role {Quote(roles)})";
    }

    /// <summary>Sign-offs missing when the wait is over.</summary>
    public static string Unsigned(SignoffMoment moment, SignoffTally tally, string runId) =>
        $"blocked before {SignoffPoint.KeyOf(moment)}: {Progress(tally)}; " +
        $"sign off with `shipcheck approve {runId} --role {Quote(tally.Missing.FirstOrDefault() ?? "ROLE")} --as NAME`, then run again" +
        (moment == SignoffMoment.Completion ? " (the deploy stays as it is: nothing was rolled back)" : "");

    /// <summary>What a waiting run shows.</summary>
    public static string Waiting(SignoffMoment moment, SignoffTally tally, TimeSpan wait, string runId) =>
        $"waiting up to {Expectations.Durations.Format(wait)} for sign-off before {SignoffPoint.KeyOf(moment)}: {Progress(tally)}; " +
        $"shipcheck approve {runId} --role {Quote(tally.Missing.FirstOrDefault() ?? "ROLE")} --as NAME";

    /// <summary><c>2 of 3 signed (QA Lead (kim), Security (lee)); missing: Product Manager</c>.</summary>
    public static string Progress(SignoffTally tally)
    {
        var signed = tally.Signed.Count == 0 ? "none signed" : $"signed: {tally.SignedText}";
        var self = tally.RefusedSelf.Count == 0 ? "" : $"; not counted (four-eyes: the run's starter): {string.Join(", ", tally.RefusedSelf)}";
        return $"{tally.Signed.Count} of {tally.Required} needed, {signed}; missing: {string.Join(", ", tally.Missing)}{self}";
    }

    public static string SignedOff(SignoffMoment moment, SignoffTally tally) =>
        $"signed off before {SignoffPoint.KeyOf(moment)}: {tally.SignedText}";

    public static string BrokeGlass(BreakGlass glass) =>
        $"{BreakGlass.SummaryPrefix} freeze \"{glass.Freeze}\" overridden (reason: {glass.Reason}), signed off by {glass.SignedBy} ({glass.Role})";

    private static string Quote(string text) => text.Contains(' ', StringComparison.Ordinal) || text.Contains(',', StringComparison.Ordinal) ? $"\"{text}\"" : text;
}
