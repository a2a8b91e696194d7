using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Notifications;
using Shipcheck.Core.Store;
using Shipcheck.Core.Tests.Engine.Fakes;

namespace Shipcheck.Core.Tests.Notifications;

/// <summary>
/// The events other parts of the engine raise (a canary stage promoted, a wait for sign-off) reach targets with their
/// own fields. Raised here straight at the notifier, as <c>RunSession.StagePromoted</c> and
/// <c>RunSession.WaitingForSignoff</c> do during a run.
/// </summary>
public sealed class MilestoneNotificationTests : LoopbackReceiverTests
{
    [Fact]
    public async Task Stage_promoted_and_waiting_for_signoff_are_sent_with_the_stage_and_the_missing_roles()
    {
        var path = Path.Combine(Run.Folder, "shipcheck.yaml");
        await File.WriteAllTextAsync(path, $$"""
            service: signal-service
            notify:
              - name: ops
                webhook: {{Receiver.Address}}/hook/ops
                events: [stage_promoted, waiting_for_signoff]
                message: "${event}: ${stage}${missing}"
            deploy:
              - run: "true"
            """, TestContext.Current.CancellationToken);
        var checklist = ChecklistLoader.Load(path).Checklist!;
        var prepared = RunPreparation.Prepare(checklist, new RunRequest { Version = "v2" }, _ => null);
        var notifier = new Notifier(prepared, TimeProvider.System, new InMemoryRunStore(), TimeSpan.FromSeconds(30));
        var run = new RunRecord
        {
            Id = prepared.RunId,
            Service = checklist.Service,
            ChecklistPath = path,
            User = "alice",
            Host = "ci-1",
            StartedAt = TimeProvider.System.GetLocalNow(),
        };

        notifier.OnEvent(new RunStarted(run));
        notifier.OnEvent(new StagePromoted("10%", "error rate 0.02% < 0.1%"));
        notifier.OnEvent(new WaitingForSignoff("before completion", ["QA Lead", "Security"], TimeSpan.FromHours(1)));
        var records = await notifier.FinishAsync();

        var posts = Receiver.To("ops");
        Assert.Equal(["stage_promoted: 10%", "waiting_for_signoff: QA Lead, Security"], posts.Select(p => p.Field("text")));
        Assert.Equal("error rate 0.02% < 0.1%", posts[0].Field("summary"));
        Assert.Equal("10%", posts[0].Field("stage"));
        Assert.Equal("QA Lead, Security", posts[1].Field("missing"));
        Assert.Equal([NotificationEvent.StagePromoted, NotificationEvent.WaitingForSignoff], records.Select(r => r.Event));
        Assert.All(records, r => Assert.Equal(NotificationStatus.Delivered, r.Status));
    }
}
