namespace Shipcheck.Core.Notifications;

/// <summary>How a notification target is reached; the checklist key that names its destination.</summary>
public enum NotifyKind
{
    /// <summary><c>webhook: URL</c>: a POST of the event as JSON.</summary>
    Webhook,
    /// <summary><c>slack: URL</c>: a POST of a Slack incoming-webhook payload (<c>text</c> and <c>blocks</c>).</summary>
    Slack,
    /// <summary><c>command: TEXT</c>: a shell command with the event as JSON on standard input.</summary>
    Command,
}
