namespace Shipcheck.Core.Notifications;

/// <summary>The one-line message of a target without <c>message:</c>: service, version, environment, then what happened.</summary>
internal static class DefaultMessages
{
    public static string For(EventSnapshot e)
    {
        var f = e.Fields;
        var what = $"{f["service"]}{Prefixed(" ", f["version"])}{Prefixed(" → ", f["environment"])}";
        var tail = e.Event switch
        {
            NotificationEvent.Started => $"deploy started by {f["who"]} on {f["host"]}",
            NotificationEvent.StagePromoted => $"stage {f["stage"]} promoted{Prefixed(": ", f["summary"])}",
            NotificationEvent.WaitingForSignoff => $"waiting for sign-off from {f["missing"]}",
            NotificationEvent.Blocked => $"BLOCKED{Prefixed(": ", f["summary"])}",
            NotificationEvent.Succeeded => $"SUCCEEDED in {f["duration"]}",
            _ => $"{f["verdict"].ToUpperInvariant()} in {f["duration"]}{Prefixed(": ", f["summary"])}",
        };
        return $"{what}: {tail} (run {f["run_id"]})";
    }

    private static string Prefixed(string prefix, string value) => value.Length == 0 ? "" : prefix + value;
}
