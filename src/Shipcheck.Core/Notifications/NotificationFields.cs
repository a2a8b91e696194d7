using System.Globalization;

namespace Shipcheck.Core.Notifications;

/// <summary>
/// The fields of an event, as messages see them (<c>${verdict}</c>) and as the JSON payload and a command hook's
/// <c>SHIPCHECK_EVENT_*</c> variables carry them. In a message they win over checklist variables of the same name.
/// </summary>
public static class NotificationFields
{
    /// <summary>The field names, with what each holds (for docs and the loader's reference check).</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["event"] = "the event: started, stage_promoted, waiting_for_signoff, blocked, failed, rolled_back, succeeded",
        ["run_id"] = "the run's id",
        ["service"] = "the checklist's service",
        ["environment"] = "the checklist's environment",
        ["version"] = "the version being deployed",
        ["verdict"] = "the verdict (running until the run ends)",
        ["phase"] = "the phase the run was in",
        ["step"] = "the step that failed, else the last step that ended",
        ["summary"] = "the run's one-line summary at the end; what a stage passed; who is missing for a sign-off",
        ["duration"] = "time since the run started (4m 12s)",
        ["who"] = "who runs it",
        ["host"] = "the machine it runs on",
        ["url"] = "the target's link: (a CI job, a dashboard), or empty",
        ["stage"] = "the canary stage promoted, or empty",
        ["missing"] = "the sign-off roles still missing, comma-separated, or empty",
    };

    /// <summary>Duration as people read it in a channel: <c>850ms</c>, <c>4.2s</c>, <c>4m 12s</c>, <c>1h 03m</c>.</summary>
    public static string Duration(TimeSpan d) => d switch
    {
        _ when d < TimeSpan.FromSeconds(1) => $"{(int)d.TotalMilliseconds}ms",
        _ when d < TimeSpan.FromMinutes(1) => d.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + "s",
        _ when d < TimeSpan.FromHours(1) => $"{(int)d.TotalMinutes}m {d.Seconds:00}s",
        _ => $"{(int)d.TotalHours}h {d.Minutes:00}m",
    };
}
