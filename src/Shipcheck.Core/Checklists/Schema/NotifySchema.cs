using System.Text.Json.Nodes;
using Shipcheck.Core.Checklists.Loading;

namespace Shipcheck.Core.Checklists.Schema;

/// <summary>The schema of <c>notify:</c>, from the same keys and event names <see cref="NotifyReader"/> reads.</summary>
internal static class NotifySchema
{
    public static JsonObject Build()
    {
        var target = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["oneOf"] = new JsonArray(
                new JsonObject { ["required"] = new JsonArray(NotifyReader.Webhook) },
                new JsonObject { ["required"] = new JsonArray(NotifyReader.Slack) },
                new JsonObject { ["required"] = new JsonArray(NotifyReader.Command) }),
            ["properties"] = new JsonObject
            {
                ["name"] = Text("The name shown in the run's record."),
                [NotifyReader.Webhook] = Text("A URL that gets a POST of the event as JSON; ${SECRET} allowed, masked everywhere."),
                [NotifyReader.Slack] = Text("A Slack incoming-webhook URL (text and blocks); usually ${SLACK_WEBHOOK}."),
                [NotifyReader.Command] = Text("A shell command run with the event JSON on standard input and SHIPCHECK_EVENT_* set."),
                ["events"] = new JsonObject
                {
                    ["description"] = "The events sent (default: all).",
                    ["type"] = "array",
                    ["items"] = new JsonObject { ["enum"] = new JsonArray([.. NotifyReader.EventNames.Select(n => JsonValue.Create(n))]) },
                },
                ["message"] = Text("The message, with ${vars} and event fields (${verdict}, ${duration}, ${summary}...)."),
                ["link"] = Text("The event's url field: a CI job or dashboard link."),
                ["tries"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 10, ["description"] = "Tries per delivery (default 3)." },
                ["timeout"] = SchemaParts.Ref("duration"),
            },
        };
        return ChecklistSchema.Described(new JsonObject { ["type"] = "array", ["items"] = target },
            "Where the run's events are announced: webhooks, Slack, command hooks. A delivery failure never changes the verdict.");
    }

    private static JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };
}
