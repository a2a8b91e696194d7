namespace Shipcheck.Core.Notifications;

/// <summary>One event to announce, with its fields as they were when it happened (already masked).</summary>
/// <param name="Event">What happened.</param>
/// <param name="At">When.</param>
/// <param name="Fields">The <see cref="NotificationFields"/> by name.</param>
internal sealed record EventSnapshot(NotificationEvent Event, DateTimeOffset At, IReadOnlyDictionary<string, string> Fields);
