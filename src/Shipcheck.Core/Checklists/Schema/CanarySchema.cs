using System.Text.Json.Nodes;
using Shipcheck.Core.Checklists.Loading;

namespace Shipcheck.Core.Checklists.Schema;

/// <summary>The schema of deploy's entries, which alone may hold a <c>canary:</c>, from the keys <see cref="CanaryReader"/> reads.</summary>
internal static class CanarySchema
{
    public const string DeploySteps = "deploy_steps";

    public static void AddTo(JsonObject definitions)
    {
        definitions[DeploySteps] = new JsonObject
        {
            ["type"] = "array",
            ["items"] = new JsonObject { ["anyOf"] = new JsonArray(SchemaParts.Ref("step"), SchemaParts.Ref("parallel"), SchemaParts.Ref(CanaryReader.Key)) },
        };
        definitions[CanaryReader.Key] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray(CanaryReader.Key),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                [CanaryReader.Key] = new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 1,
                    ["items"] = Stage(),
                    ["description"] = "Stages that shift traffic, each followed by an analysis; the run promotes stage by stage or rolls back.",
                },
            },
        };
    }

    private static JsonObject Stage() => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("stage"),
        ["additionalProperties"] = false,
        ["properties"] = new JsonObject
        {
            ["stage"] = new JsonObject { ["type"] = "string", ["description"] = "The stage's name, such as 10%." },
            ["steps"] = ChecklistSchema.Described(SchemaParts.Ref("steps"), "The traffic-shift steps, in order."),
            ["analysis"] = Analysis(),
        },
    };

    private static JsonObject Analysis() => new()
    {
        ["type"] = "object",
        ["description"] = "Checks repeated every interval for a duration; no data never passes.",
        ["required"] = new JsonArray("for", "checks"),
        ["additionalProperties"] = false,
        ["properties"] = new JsonObject
        {
            ["for"] = SchemaParts.Ref("duration"),
            ["every"] = SchemaParts.Ref("duration"),
            ["failure_limit"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["description"] = "Failed rounds tolerated; one more rolls back." },
            ["consecutive_successes"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["description"] = "Passing rounds in a row that promote early; 0 watches the whole window." },
            ["checks"] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = SchemaParts.Ref("step") },
        },
    };
}
