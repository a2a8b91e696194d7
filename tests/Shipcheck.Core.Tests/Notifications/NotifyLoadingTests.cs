using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Notifications;

namespace Shipcheck.Core.Tests.Notifications;

/// <summary><c>notify:</c> as the loader reads it, and the mistakes it names with their line.</summary>
public sealed class NotifyLoadingTests
{
    private static LoadResult Load(string notify) => ChecklistLoader.LoadText(
        "service: api\nsecrets: [SLACK_WEBHOOK]\nvars:\n  docs: https://docs\ndeploy:\n  - run: \"true\"\nnotify:\n" + notify,
        "shipcheck.yaml", "/tmp/shipcheck.yaml", CheckKinds.All);

    [Fact]
    public void Reads_a_target_with_its_defaults()
    {
        var target = Assert.Single(Load("  - slack: ${SLACK_WEBHOOK}\n").Checklist!.Notify);

        Assert.Equal((NotifyKind.Slack, "slack #1", 3, TimeSpan.FromSeconds(10)), (target.Kind, target.Name, target.Tries, target.Timeout));
        Assert.Equal(Enum.GetValues<NotificationEvent>().Length, target.Events.Count);
        Assert.Null(target.Message);
    }

    [Fact]
    public void Reads_events_message_link_tries_and_timeout()
    {
        var target = Assert.Single(Load("""
              - name: ops
                webhook: https://hooks.example/x
                events: [succeeded, rolled_back]
                message: "${service} ${verdict} ${docs}"
                link: https://ci/${run_id}
                tries: 5
                timeout: 2s

            """).Checklist!.Notify);

        Assert.Equal([NotificationEvent.RolledBack, NotificationEvent.Succeeded], target.Events.Order());
        Assert.Equal((5, TimeSpan.FromSeconds(2)), (target.Tries, target.Timeout));
        Assert.Equal("https://ci/${run_id}", target.Link!.Source);
    }

    [Theory]
    [InlineData("  - name: nowhere\n", "this notify target says nowhere to send", 8)]
    [InlineData("  - webhook: http://a\n    slack: http://b\n", "a notify target has one destination, this one has 'webhook' and 'slack'", 9)]
    [InlineData("  - webhook: http://a\n    events: [succeded]\n", "'succeded' is not one of started, stage_promoted", 9)]
    [InlineData("  - webhook: http://a\n    message: ${nope}\n", "unknown variable '${nope}'", 9)]
    [InlineData("  - webhook: http://a\n    tries: 0\n", "tries: 0 is out of range", 9)]
    [InlineData("  - webhook: http://a\n    colour: red\n", "unknown key 'colour' in a notify target", 9)]
    [InlineData("  webhook: http://a\n", "expected a list of notify targets", 8)]
    public void Names_each_mistake_with_its_line(string notify, string message, int line)
    {
        var problem = Assert.Single(Load(notify).Problems);

        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(line, problem.Span.Line);
    }
}
