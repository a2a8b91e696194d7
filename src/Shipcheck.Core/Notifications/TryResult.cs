namespace Shipcheck.Core.Notifications;

/// <summary>What one try of a delivery got.</summary>
/// <param name="Delivered">The receiver accepted it.</param>
/// <param name="Retry">Another try might succeed (a 5xx, a 429, no answer); false for a refusal no retry fixes.</param>
/// <param name="Detail">What happened (<c>HTTP 500</c>, <c>exit 2: no such channel</c>), not yet masked.</param>
internal sealed record TryResult(bool Delivered, bool Retry, string Detail)
{
    public static TryResult Accepted(string detail) => new(true, false, detail);

    public static TryResult Transient(string detail) => new(false, true, detail);

    public static TryResult Refused(string detail) => new(false, false, detail);
}

/// <summary>Sends one notification once. Never throws for the receiver's sake: failures are results.</summary>
internal interface INotificationSender
{
    /// <summary>One try; <paramref name="cancellationToken"/> is the try's timeout and the end of the run's wait.</summary>
    Task<TryResult> SendAsync(PendingNotification notification, CancellationToken cancellationToken);
}
