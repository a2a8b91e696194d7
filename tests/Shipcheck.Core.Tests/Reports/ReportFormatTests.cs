using System.Text.Json;
using System.Xml.Linq;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Notifications;
using Shipcheck.Core.Reports;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Tests.Reports;

public sealed class ReportFormatTests
{
    [Theory]
    [InlineData("json", typeof(JsonRunReport))]
    [InlineData("Markdown", typeof(MarkdownRunReport))]
    [InlineData(" junit ", typeof(JUnitRunReport))]
    public void Finds_each_format_by_name(string name, Type type)
    {
        Assert.IsType(type, RunReports.Find(name));
    }

    [Fact]
    public void Finds_no_report_for_an_unknown_format_and_lists_the_known_ones()
    {
        Assert.Null(RunReports.Find("html"));
        Assert.Equal("json, markdown, junit", RunReports.FormatNames);
    }

    [Fact]
    public void Embeds_observations_in_json_as_objects_not_strings()
    {
        using var document = JsonDocument.Parse(new JsonRunReport().Render(SampleRuns.RolledBack()));
        var failed = document.RootElement.GetProperty("steps")[6];

        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal(503, failed.GetProperty("observations").GetProperty("status").GetInt32());
        Assert.False(failed.GetProperty("evidence").GetProperty("expectations")[0].GetProperty("holds").GetBoolean());
        Assert.Equal("rollback_failed", document.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Keeps_a_damaged_observations_record_as_text_in_json()
    {
        var run = SampleRuns.Run("r1") with { Steps = [SampleRuns.Step(1, Phase.Verify, "health", "http", 1, 10) with { ObservationsJson = "{not json" }] };

        using var document = JsonDocument.Parse(new JsonRunReport().Render(run));

        Assert.Equal("{not json", document.RootElement.GetProperty("steps")[0].GetProperty("observations").GetString());
    }

    [Fact]
    public void Writes_valid_junit_xml_from_output_full_of_control_characters()
    {
        var xml = new JUnitRunReport().Render(SampleRuns.RolledBack());

        var document = XDocument.Parse(xml);
        var failures = document.Descendants("failure").ToList();

        Assert.Equal(2, failures.Count);
        Assert.Equal("status (503) == 200; json.status (\"starting\") == \"healthy\"", failures[0].Attribute("message")?.Value);
        Assert.Equal("demo.stability", failures[0].Parent?.Attribute("classname")?.Value);
        Assert.DoesNotContain('\u0001', xml);
    }

    [Fact]
    public void Fences_output_with_more_backticks_than_it_contains()
    {
        var run = SampleRuns.Run("r1") with { Steps = [SampleRuns.Step(1, Phase.Deploy, "build", "run", 1, 10) with { Output = "a ```` b" }] };

        var markdown = new MarkdownRunReport().Render(run);

        Assert.Contains("  `````\n  a ```` b\n  `````\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_a_failed_step_with_the_observed_values_filled_in()
    {
        var run = SampleRuns.Run("r1") with
        {
            Steps = [SampleRuns.Step(1, Phase.Verify, "health", "http", 1, 10, StepStatus.Failed) with { Expectations = [new("status == 200", false, "status (503) == 200")] }],
        };

        var markdown = new MarkdownRunReport().Render(run);

        Assert.Contains("- [ ] health — **FAILED**: status (503) == 200\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_the_notifications_in_json_and_markdown_with_what_each_try_got()
    {
        var run = SampleRuns.Run("r1") with
        {
            Steps = [SampleRuns.Step(1, Phase.Deploy, "ship", "run", 1, 10)],
            Notifications =
            [
                new NotificationRecord
                {
                    Sequence = 1, Event = NotificationEvent.Started, Target = "platform-status", Kind = NotifyKind.Slack,
                    Destination = "https://hooks.example/****", Status = NotificationStatus.Delivered, Attempts = 1, At = SampleRuns.Start,
                    Duration = TimeSpan.FromMilliseconds(40),
                },
                new NotificationRecord
                {
                    Sequence = 2, Event = NotificationEvent.RolledBack, Target = "ops", Kind = NotifyKind.Webhook,
                    Destination = "https://ops.example/****", Status = NotificationStatus.Failed, Attempts = 3, At = SampleRuns.Start.AddSeconds(9),
                    Duration = TimeSpan.FromSeconds(7), Detail = "HTTP 500; HTTP 500; HTTP 503",
                },
            ],
        };

        using var json = JsonDocument.Parse(new JsonRunReport().Render(run));
        var markdown = new MarkdownRunReport().Render(run);

        var notifications = json.RootElement.GetProperty("notifications").EnumerateArray().ToList();
        Assert.Equal(["started", "rolled_back"], notifications.Select(n => n.GetProperty("event").GetString()));
        Assert.Equal("failed", notifications[1].GetProperty("status").GetString());
        Assert.Equal(3, notifications[1].GetProperty("attempts").GetInt32());
        Assert.Equal("HTTP 500; HTTP 500; HTTP 503", notifications[1].GetProperty("detail").GetString());
        Assert.Contains("\n### Notifications\n- ✔ started → platform-status (slack): delivered after 1 try\n" +
            "- ✘ rolled_back → ops (webhook): failed after 3 tries: HTTP 500; HTTP 500; HTTP 503\n", markdown, StringComparison.Ordinal);
    }
}
