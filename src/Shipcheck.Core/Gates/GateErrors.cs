using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Gates;

/// <summary>Every load-time message about <c>freeze:</c> and <c>signoffs:</c>, written once.</summary>
internal static class GateErrors
{
    public static Diagnostic UnknownZone(SourceSpan span, string zone) =>
        new(span, $"'{zone}' is not a time zone this machine knows", "write an IANA zone such as Asia/Seoul, Europe/Berlin or UTC");

    public static Diagnostic BadDays(SourceSpan span, string text) =>
        new(span, $"'{text}' is not a list of weekdays", "write days such as mon-fri, sat,sun or mon,wed-fri");

    public static Diagnostic BadBetween(SourceSpan span, string text) =>
        new(span, $"'{text}' is not a time window", "write \"HH:MM-HH:MM\" in quotes, such as \"09:00-09:30\"; \"22:00-02:00\" spans midnight");

    public static Diagnostic BadDate(SourceSpan span, string text) =>
        new(span, $"'{text}' is not a date or a date range", "write 2026-12-31, or a range 2026-12-24..2027-01-02 (both days included)");

    public static Diagnostic EmptyFreeze(SourceSpan span) =>
        new(span, "this freeze names no condition, so it would block every run", "give it days, between, dates or file");

    public static Diagnostic ReasonRequired(SourceSpan span, string text) =>
        new(span, $"reason: '{text}' is not allowed", "an override always needs a reason; write reason: required or leave the key out");

    public static Diagnostic DuplicateFreeze(SourceSpan span, string name) =>
        new(span, $"two freezes are named '{name}'", "give each freeze its own name; the blocked message names it");

    public static Diagnostic NoRoles(SourceSpan span) =>
        new(span, "a sign-off point needs at least one role", "list them, such as roles: [QA Lead, Security]");

    public static Diagnostic BadRequired(SourceSpan span, long required, int roles) =>
        new(span, $"required: {required} is not between 1 and the {roles} role(s) listed", "write how many of the roles must sign off (N of M)");

    public static Diagnostic DuplicateRole(SourceSpan span, string role) =>
        new(span, $"role '{role}' is listed twice", "list each role once");

    public static Diagnostic DuplicatePoint(SourceSpan span, string point) =>
        new(span, $"two sign-off points are before: {point}", "put all the roles needed before that point in one entry");
}
