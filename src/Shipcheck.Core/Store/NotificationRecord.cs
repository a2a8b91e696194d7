using Shipcheck.Core.Notifications;

namespace Shipcheck.Core.Store;

/// <summary>
/// What became of one notification: kept with the run beside its steps, never one of them, so a receiver that is down
/// cannot change the verdict. The destination is masked (webhook URLs carry tokens).
/// </summary>
public sealed record NotificationRecord
{
    /// <summary>Its place among the run's notifications, from 1, in the order the events happened.</summary>
    public required int Sequence { get; init; }
    /// <summary>The event announced.</summary>
    public required NotificationEvent Event { get; init; }
    /// <summary>The target's name.</summary>
    public required string Target { get; init; }
    /// <summary>Webhook, Slack or command.</summary>
    public required NotifyKind Kind { get; init; }
    /// <summary>The URL or command, secrets masked.</summary>
    public required string Destination { get; init; }
    /// <summary>Delivered, failed (every try), or undelivered (still pending when the run stopped waiting).</summary>
    public required NotificationStatus Status { get; init; }
    /// <summary>How many tries were made.</summary>
    public int Attempts { get; init; }
    /// <summary>When the event happened.</summary>
    public required DateTimeOffset At { get; init; }
    /// <summary>From the event to the outcome.</summary>
    public TimeSpan Duration { get; init; }
    /// <summary>What each try got (<c>HTTP 500; HTTP 200</c>), masked.</summary>
    public string? Detail { get; init; }
}
