using System.Text.Json;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Notifications;

namespace Shipcheck.Core.Tests.Notifications;

/// <summary>What each kind of target receives, templated messages, and secrets in URLs, against a real receiver.</summary>
public sealed class NotificationPayloadTests : LoopbackReceiverTests
{
    private const string Steps = """
        deploy:
          - name: ship
            run: "true"
        """;

    [Fact]
    public async Task Seed_003s_completion_message_is_a_template_of_variables_and_event_fields()
    {
        var yaml = $$"""
            service: Signal Service
            vars:
              docs: https://docs.platform.com/signal-service
            notify:
              - name: stakeholders
                webhook: {{Receiver.Address}}/hook/stakeholders
                events: [succeeded]
                message: |
                  Subject: ${service} ${version} Deployment Complete

                  The ${service} has been successfully upgraded to ${version}.

                  API Documentation: ${docs}/v2
                  Migration Guide: ${docs}/migration

                  Please report any issues to #platform-support
            {{Steps}}
            """;

        var (returned, _) = await Run.RunAsync(yaml, version: "V2");

        Assert.Equal(Verdict.Succeeded, returned.Verdict);
        Assert.Equal("""
            Subject: Signal Service V2 Deployment Complete

            The Signal Service has been successfully upgraded to V2.

            API Documentation: https://docs.platform.com/signal-service/v2
            Migration Guide: https://docs.platform.com/signal-service/migration

            Please report any issues to #platform-support

            """, Assert.Single(Receiver.To("stakeholders")).Field("text"));
    }

    [Fact]
    public async Task A_slack_target_gets_text_and_blocks_with_slack_markup_escaped()
    {
        var yaml = $$"""
            service: api
            notify:
              - slack: {{Receiver.Address}}/hook/slack
                events: [succeeded]
                message: "<${service}> & ${verdict} in ${duration}"
            {{Steps}}
            """;

        await Run.RunAsync(yaml);

        var payload = Assert.Single(Receiver.To("slack")).Json;
        Assert.StartsWith("&lt;api&gt; &amp; succeeded in ", payload.GetProperty("text").GetString(), StringComparison.Ordinal);
        var blocks = payload.GetProperty("blocks");
        Assert.Equal("section", blocks[0].GetProperty("type").GetString());
        Assert.Equal("mrkdwn", blocks[0].GetProperty("text").GetProperty("type").GetString());
        Assert.Equal(payload.GetProperty("text").GetString(), blocks[0].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("context", blocks[1].GetProperty("type").GetString());
        Assert.Equal(["blocks", "text"], payload.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task A_secret_in_the_url_reaches_theReceiver_and_is_masked_in_the_record_and_the_store()
    {
        const string token = "T0KEN-b7f3c9d2e1";
        Run.Environment["HOOK_TOKEN"] = token;
        var yaml = $$"""
            service: api
            secrets: [HOOK_TOKEN]
            notify:
              - name: ops
                webhook: {{Receiver.Address}}/hook/${HOOK_TOKEN}
                message: token is ${HOOK_TOKEN}
            {{Steps}}
            """;

        var (returned, stored) = await Run.RunAsync(yaml);

        var posts = Receiver.To(token);
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal("token is ****", p.Field("text")));
        Assert.All(stored.Notifications, n => Assert.Equal($"{Receiver.Address}/hook/****", n.Destination));
        Assert.Equal(stored.Notifications, returned.Notifications);
        Assert.DoesNotContain(token, Run.StoreBytes(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_hook_gets_the_event_json_on_stdin_and_the_fields_as_environment_variables()
    {
        var yaml = """
            service: api
            notify:
              - command: cat > "event-$SHIPCHECK_EVENT_EVENT.json"; printf '%s|%s' "$SHIPCHECK_EVENT_VERDICT" "$SHIPCHECK_EVENT_MESSAGE" > "env-$SHIPCHECK_EVENT_EVENT.txt"
                message: ${service} is ${verdict}
            deploy:
              - name: ship
                run: "true"
            """;

        var (_, stored) = await Run.RunAsync(yaml);

        Assert.Equal([NotificationStatus.Delivered, NotificationStatus.Delivered], stored.Notifications.Select(n => n.Status));
        Assert.Equal("command #1", stored.Notifications[0].Target);
        using var done = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Run.Folder, "event-succeeded.json"), TestContext.Current.CancellationToken));
        Assert.Equal("api is succeeded", done.RootElement.GetProperty("text").GetString());
        Assert.Equal(stored.Id, done.RootElement.GetProperty("run_id").GetString());
        Assert.Equal("succeeded|api is succeeded", await File.ReadAllTextAsync(Path.Combine(Run.Folder, "env-succeeded.txt"), TestContext.Current.CancellationToken));
        Assert.Equal("running|api is running", await File.ReadAllTextAsync(Path.Combine(Run.Folder, "env-started.txt"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_failing_command_hook_is_retried_and_recorded_with_its_exit_status_and_stderr()
    {
        var yaml = """
            service: api
            notify:
              - command: echo "channel not found" >&2; exit 3
                events: [succeeded]
                tries: 2
            deploy:
              - name: ship
                run: "true"
            """;

        var (returned, stored) = await Run.RunAsync(yaml);

        Assert.Equal(Verdict.Succeeded, returned.Verdict);
        var outcome = Assert.Single(stored.Notifications);
        Assert.Equal((NotificationStatus.Failed, 2), (outcome.Status, outcome.Attempts));
        Assert.Equal("exit 3: channel not found; exit 3: channel not found", outcome.Detail);
    }
}
