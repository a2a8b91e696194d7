using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Notifications;

/// <summary>One entry of <c>notify:</c>: where to send, which events, and what the message says.</summary>
public sealed record NotifyTarget
{
    /// <summary>How many tries a delivery gets when the checklist does not say.</summary>
    public const int DefaultTries = 3;

    /// <summary>How long one try may take when the checklist does not say.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The name shown in the record (<c>name:</c>, else the kind and position: <c>slack #1</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Webhook, Slack or command.</summary>
    public required NotifyKind Kind { get; init; }

    /// <summary>The URL (webhook, Slack) or the command; may use <c>${SECRET}</c>, masked wherever it is shown.</summary>
    public required Template Destination { get; init; }

    /// <summary>The events sent; all of them unless <c>events:</c> says otherwise.</summary>
    public IReadOnlySet<NotificationEvent> Events { get; init; } = new HashSet<NotificationEvent>(Enum.GetValues<NotificationEvent>());

    /// <summary><c>message:</c>, with <c>${vars}</c> and event fields; null for the default one-line message.</summary>
    public Template? Message { get; init; }

    /// <summary><c>link:</c>: the event's <c>url</c> field (a CI job, a dashboard); null when none.</summary>
    public Template? Link { get; init; }

    /// <summary><c>tries:</c>: how many times a delivery is tried before it counts as failed.</summary>
    public int Tries { get; init; } = DefaultTries;

    /// <summary><c>timeout:</c>: how long one try may take.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;
}
