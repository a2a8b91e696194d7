using Shipcheck.Core.Checklists;
using Shipcheck.Core.Notifications;
using Shipcheck.Core.Secrets;
using Shipcheck.Core.Tests.Engine.Fakes;

namespace Shipcheck.Core.Tests.Notifications;

/// <summary>The retry schedule on a fake clock: pauses of 1s, 2s, 4s between tries, and when a retry is not made.</summary>
public sealed class NotificationDeliveryTests
{
    private readonly JumpingTimeProvider _time = new();

    private sealed class ScriptedSender(params TryResult[] results) : INotificationSender
    {
        public int Calls { get; private set; }

        public Task<TryResult> SendAsync(PendingNotification notification, CancellationToken cancellationToken) =>
            Task.FromResult(results[Math.Min(Calls++, results.Length - 1)]);
    }

    private static PendingNotification Pending(int tries)
    {
        // No per-try timeout here: on the jumping clock a timeout would fire at once.
        var target = new NotifyTarget { Name = "ops", Kind = NotifyKind.Webhook, Destination = Template.Literal("http://x"), Tries = tries, Timeout = Timeout.InfiniteTimeSpan };
        var snapshot = new EventSnapshot(NotificationEvent.Succeeded, JumpingTimeProvider.Start, new Dictionary<string, string>());
        return new PendingNotification(1, target, snapshot, "http://x", "http://x", "{}", "done");
    }

    private NotificationDelivery Delivery() => new(_time, new SecretMasker());

    [Fact]
    public async Task Pauses_1s_then_2s_between_three_tries()
    {
        var sender = new ScriptedSender(TryResult.Transient("HTTP 500"), TryResult.Transient("HTTP 502"), TryResult.Accepted("HTTP 200"));

        var record = await Delivery().DeliverAsync(Pending(3), sender, CancellationToken.None);

        Assert.Equal((NotificationStatus.Delivered, 3, "HTTP 500; HTTP 502; HTTP 200"), (record.Status, record.Attempts, record.Detail));
        Assert.Equal(TimeSpan.FromSeconds(3), _time.Elapsed);
    }

    [Fact]
    public async Task Four_failed_tries_pause_1s_2s_4s_and_end_failed()
    {
        var sender = new ScriptedSender(TryResult.Transient("HTTP 503"));

        var record = await Delivery().DeliverAsync(Pending(4), sender, CancellationToken.None);

        Assert.Equal((NotificationStatus.Failed, 4), (record.Status, record.Attempts));
        Assert.Equal(TimeSpan.FromSeconds(7), _time.Elapsed);
    }

    [Fact]
    public async Task A_refusal_is_not_retried()
    {
        var sender = new ScriptedSender(TryResult.Refused("HTTP 403"), TryResult.Accepted("HTTP 200"));

        var record = await Delivery().DeliverAsync(Pending(3), sender, CancellationToken.None);

        Assert.Equal((NotificationStatus.Failed, 1, "HTTP 403"), (record.Status, record.Attempts, record.Detail));
        Assert.Equal(TimeSpan.Zero, _time.Elapsed);
    }

    [Fact]
    public async Task A_sender_that_throws_is_a_failed_try_not_a_broken_run()
    {
        var record = await Delivery().DeliverAsync(Pending(1), new ThrowingSender(), CancellationToken.None);

        Assert.Equal((NotificationStatus.Failed, "boom"), (record.Status, record.Detail));
    }

    private sealed class ThrowingSender : INotificationSender
    {
        public Task<TryResult> SendAsync(PendingNotification notification, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }
}
