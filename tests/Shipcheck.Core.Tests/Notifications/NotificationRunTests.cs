using Shipcheck.Core.Engine;
using Shipcheck.Core.Notifications;

namespace Shipcheck.Core.Tests.Notifications;

/// <summary>Whole runs that notify a real HTTP receiver on 127.0.0.1: what is sent, when, and what is recorded.</summary>
public sealed class NotificationRunTests : LoopbackReceiverTests
{
    private const string Succeeding = """
        deploy:
          - name: ship
            run: "true"
        verify:
          - name: health
            run: "true"
        """;

    // Verify fails until rollback has run, so the rolled-back version verifies.
    private const string RollingBack = """
        deploy:
          - name: ship
            run: "true"
        verify:
          - name: health
            run: test -f rolled-back
        rollback:
          - name: undo
            run: touch rolled-back
        """;

    private string Notify(string name, string options = "", string path = "hook") =>
        $"""
        service: signal-service
        environment: production
        notify:
          - name: {name}
            webhook: {Receiver.Address}/{path}/{name}
        {options}
        """ + "\n";

    [Fact]
    public async Task A_succeeded_run_posts_started_then_succeeded_as_event_json()
    {
        var (returned, stored) = await Run.RunAsync(Notify("ops") + Succeeding);

        Assert.Equal(Verdict.Succeeded, returned.Verdict);
        var posts = Receiver.To("ops");
        Assert.Equal(["started", "succeeded"], posts.Select(p => p.Field("event")));
        Assert.All(posts, p => Assert.StartsWith("application/json", p.ContentType, StringComparison.Ordinal));
        var done = posts[1];
        Assert.Equal(returned.Id, done.Field("run_id"));
        Assert.Equal("signal-service", done.Field("service"));
        Assert.Equal("production", done.Field("environment"));
        Assert.Equal("v2.0.0", done.Field("version"));
        Assert.Equal("succeeded", done.Field("verdict"));
        Assert.Equal("alice", done.Field("who"));
        Assert.Equal("all steps passed", done.Field("summary"));
        Assert.Equal($"signal-service v2.0.0 → production: SUCCEEDED in {done.Field("duration")} (run {returned.Id})", done.Field("text"));
        Assert.Equal("running", posts[0].Field("verdict"));
        Assert.Equal([NotificationStatus.Delivered, NotificationStatus.Delivered], stored.Notifications.Select(n => n.Status));
        Assert.Equal([NotificationEvent.Started, NotificationEvent.Succeeded], stored.Notifications.Select(n => n.Event));
    }

    [Fact]
    public async Task A_rolled_back_run_posts_started_then_rolled_back_naming_the_failed_step()
    {
        var (returned, stored) = await Run.RunAsync(Notify("ops") + RollingBack);

        Assert.Equal(Verdict.RolledBack, returned.Verdict);
        var posts = Receiver.To("ops");
        Assert.Equal(["started", "rolled_back"], posts.Select(p => p.Field("event")));
        Assert.Equal("health", posts[1].Field("step"));
        Assert.Equal("rolled_back", posts[1].Field("verdict"));
        Assert.Contains("rolled back", posts[1].Field("summary"), StringComparison.Ordinal);
        Assert.Equal(2, stored.Notifications.Count);
        Assert.DoesNotContain(stored.Steps, s => s.Kind != "run");
    }

    [Fact]
    public async Task Events_choose_what_a_target_is_told()
    {
        await Run.RunAsync(Notify("failures", "    events: [failed, rolled_back]") + RollingBack);
        await Run.RunAsync(Notify("failures", "    events: [failed, rolled_back]") + Succeeding);

        Assert.Equal(["rolled_back"], Receiver.To("failures").Select(p => p.Field("event")));
    }

    [Fact]
    public async Task A_500_is_retried_after_a_pause_and_the_second_try_is_recorded_as_delivered()
    {
        Receiver.Answer("flaky", 500);

        var (returned, stored) = await Run.RunAsync(Notify("flaky", "    events: [succeeded]") + Succeeding);

        Assert.Equal(Verdict.Succeeded, returned.Verdict);
        Assert.Equal(2, Receiver.To("flaky").Count);
        var outcome = Assert.Single(stored.Notifications);
        Assert.Equal(NotificationStatus.Delivered, outcome.Status);
        Assert.Equal(2, outcome.Attempts);
        Assert.Equal("HTTP 500; HTTP 200", outcome.Detail);
        Assert.True(outcome.Duration >= NotificationDelivery.FirstBackoff, $"the retry came after {outcome.Duration}");
    }

    [Fact]
    public async Task A_404_is_not_retried_and_is_recorded_as_failed_without_changing_the_verdict()
    {
        Receiver.Answer("gone", 404);

        var (returned, stored) = await Run.RunAsync(Notify("gone", "    events: [succeeded]") + Succeeding);

        Assert.Equal(Verdict.Succeeded, returned.Verdict);
        Assert.Equal(0, VerdictExitCodes.For(stored.Verdict));
        Assert.Single(Receiver.To("gone"));
        var outcome = Assert.Single(stored.Notifications);
        Assert.Equal((NotificationStatus.Failed, 1, "HTTP 404"), (outcome.Status, outcome.Attempts, outcome.Detail));
    }

    [Fact]
    public async Task AReceiver_that_never_answers_times_out_each_try_and_the_run_still_succeeds()
    {
        var (returned, stored) = await Run.RunAsync(Notify("silent", "    events: [succeeded]\n    tries: 2\n    timeout: 300ms", "hang") + Succeeding);

        Assert.Equal(Verdict.Succeeded, returned.Verdict);
        Assert.Equal(Verdict.Succeeded, stored.Verdict);
        Assert.Equal(2, Receiver.To("silent").Count);
        var outcome = Assert.Single(stored.Notifications);
        Assert.Equal(NotificationStatus.Failed, outcome.Status);
        Assert.Equal("no answer within 300ms; no answer within 300ms", outcome.Detail);
    }

    [Fact]
    public async Task Deliveries_still_pending_when_the_wait_ends_are_recorded_as_undelivered()
    {
        var (returned, stored) = await Run.RunAsync(Notify("silent", "    timeout: 1h", "hang") + Succeeding, notificationWait: TimeSpan.FromMilliseconds(500));

        Assert.Equal(Verdict.Succeeded, returned.Verdict);
        // The started notice hangs; the succeeded one queues behind it and is never sent.
        Assert.Equal([NotificationStatus.Undelivered, NotificationStatus.Undelivered], stored.Notifications.Select(n => n.Status));
        Assert.Equal("still waiting for an answer when the run stopped waiting", stored.Notifications[0].Detail);
        Assert.Equal("not sent: the run stopped waiting for deliveries", stored.Notifications[1].Detail);
        Assert.Equal(returned.Notifications, stored.Notifications);
    }
}
