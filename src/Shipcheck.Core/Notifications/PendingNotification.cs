namespace Shipcheck.Core.Notifications;

/// <summary>A notification rendered and queued for one target: what to send, where, and how to show it.</summary>
/// <param name="Sequence">Its place among the run's notifications, from 1.</param>
/// <param name="Target">Where it goes.</param>
/// <param name="Snapshot">The event and its fields.</param>
/// <param name="Destination">The URL or command with secret values in it: for sending only, never shown.</param>
/// <param name="MaskedDestination">The URL or command as it may be shown and stored.</param>
/// <param name="Body">The payload: Slack's for Slack, the event JSON otherwise (a command gets it on standard input).</param>
/// <param name="Message">The rendered message, masked.</param>
internal sealed record PendingNotification(
    int Sequence,
    NotifyTarget Target,
    EventSnapshot Snapshot,
    string Destination,
    string MaskedDestination,
    string Body,
    string Message);
