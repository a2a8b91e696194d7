namespace Shipcheck.Core.Notifications;

/// <summary>What became of a notification.</summary>
public enum NotificationStatus
{
    /// <summary>The receiver accepted it (HTTP 2xx, or the command exited 0).</summary>
    Delivered,
    /// <summary>Every try failed, or the receiver refused it in a way a retry cannot fix (HTTP 4xx).</summary>
    Failed,
    /// <summary>Still queued or being tried when the run stopped waiting for deliveries.</summary>
    Undelivered,
}
