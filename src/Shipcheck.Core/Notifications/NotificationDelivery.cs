using Shipcheck.Core.Secrets;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Notifications;

/// <summary>
/// Delivers one notification: up to <see cref="NotifyTarget.Tries"/> tries, each bounded by the target's timeout,
/// with a pause of 1s, 2s, 4s… between them (on the run's clock). Never throws: the outcome is the record.
/// </summary>
internal sealed class NotificationDelivery(TimeProvider time, SecretMasker masker)
{
    /// <summary>The pause before the second try; it doubles before each try after that.</summary>
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    /// <param name="notification">What to send.</param>
    /// <param name="sender">How to send it.</param>
    /// <param name="stop">Fires when the run stops waiting for deliveries: the notification is then undelivered.</param>
    public async Task<NotificationRecord> DeliverAsync(PendingNotification notification, INotificationSender sender, CancellationToken stop)
    {
        var details = new List<string>();
        var status = NotificationStatus.Failed;
        var attempts = 0;
        var backoff = FirstBackoff;
        while (attempts < notification.Target.Tries)
        {
            if (stop.IsCancellationRequested)
            {
                status = NotificationStatus.Undelivered;
                break;
            }
            attempts++;
            var result = await TryOnceAsync(notification, sender, stop);
            details.Add(result.Detail);
            if (result.Delivered)
            {
                status = NotificationStatus.Delivered;
                break;
            }
            if (stop.IsCancellationRequested)
            {
                status = NotificationStatus.Undelivered;
                break;
            }
            if (!result.Retry || attempts == notification.Target.Tries)
            {
                break;
            }
            if (!await PauseAsync(backoff, stop))
            {
                status = NotificationStatus.Undelivered;
                break;
            }
            backoff *= 2;
        }
        return Record(notification, status, attempts, details);
    }

    /// <summary>The record of a notification never tried, or cut short, when the run stopped waiting.</summary>
    public NotificationRecord Undelivered(PendingNotification notification, string why) =>
        Record(notification, NotificationStatus.Undelivered, 0, [why]);

    private async Task<TryResult> TryOnceAsync(PendingNotification notification, INotificationSender sender, CancellationToken stop)
    {
        using var timeout = new CancellationTokenSource(notification.Target.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stop);
        try
        {
            return await sender.SendAsync(notification, linked.Token);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            return stop.IsCancellationRequested
                ? TryResult.Transient("still waiting for an answer when the run stopped waiting")
                : TryResult.Transient($"no answer within {NotificationFields.Duration(notification.Target.Timeout)}");
        }
#pragma warning disable CA1031 // A receiver must never break a run: whatever a send throws is that try's outcome.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return TryResult.Transient(e.Message);
        }
    }

    private async Task<bool> PauseAsync(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, time, stop);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private NotificationRecord Record(PendingNotification notification, NotificationStatus status, int attempts, IEnumerable<string> details) => new()
    {
        Sequence = notification.Sequence,
        Event = notification.Snapshot.Event,
        Target = notification.Target.Name,
        Kind = notification.Target.Kind,
        Destination = notification.MaskedDestination,
        Status = status,
        Attempts = attempts,
        At = notification.Snapshot.At,
        Duration = time.GetLocalNow() - notification.Snapshot.At,
        Detail = masker.Mask(string.Join("; ", details)),
    };
}
