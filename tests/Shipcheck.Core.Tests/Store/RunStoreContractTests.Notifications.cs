using Shipcheck.Core.Notifications;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Tests.Store;

public abstract partial class RunStoreContractTests
{
    private static NotificationRecord Notification(int sequence, NotificationStatus status) => new()
    {
        Sequence = sequence,
        Event = NotificationEvent.RolledBack,
        Target = "platform-status",
        Kind = NotifyKind.Slack,
        Destination = "https://hooks.slack.com/services/****",
        Status = status,
        Attempts = 3,
        At = StoreRecords.Start.AddSeconds(sequence),
        Duration = TimeSpan.FromMilliseconds(7250),
        Detail = "HTTP 500; HTTP 500; HTTP 200",
    };

    [Fact]
    public async Task Returns_notifications_in_sequence_with_every_field_apart_from_the_steps()
    {
        var store = await OpenAsync();
        await store.BeginRunAsync(StoreRecords.Run("r1"), Ct);
        await store.AppendStepAsync("r1", StoreRecords.Step(1), Ct);

        await store.AppendNotificationAsync("r1", Notification(2, NotificationStatus.Undelivered), Ct);
        await store.AppendNotificationAsync("r1", Notification(1, NotificationStatus.Delivered), Ct);
        var read = (await (await OpenAsync()).GetRunAsync("r1", Ct))!;

        Assert.Equal([Notification(1, NotificationStatus.Delivered), Notification(2, NotificationStatus.Undelivered)], read.Notifications);
        Assert.Single(read.Steps);
    }

    [Fact]
    public async Task Refuses_a_notification_for_a_run_it_does_not_have()
    {
        var store = await OpenAsync();

        await Assert.ThrowsAsync<RunStoreException>(() => store.AppendNotificationAsync("nope", Notification(1, NotificationStatus.Failed), Ct));
    }
}
