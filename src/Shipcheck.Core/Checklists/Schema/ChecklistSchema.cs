using System.Text.Json;
using System.Text.Json.Nodes;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Checklists.Schema;

/// <summary>
/// Generates the JSON Schema of the checklist format from the same key lists and option specs the loader uses, so
/// the schema an editor autocompletes with cannot drift from what <c>shipcheck validate</c> accepts.
/// </summary>
public static class ChecklistSchema
{
    /// <summary>The schema for the built-in check kinds, as indented JSON.</summary>
    public static string Generate() => Generate(CheckKinds.All);

    /// <summary>The schema for the given check kinds, as indented JSON with a final newline.</summary>
    public static string Generate(IReadOnlyList<ICheckKind> kinds)
    {
        var properties = new JsonObject
        {
            ["service"] = Described(new JsonObject { ["type"] = "string" }, "The service being deployed."),
            ["environment"] = Described(new JsonObject { ["type"] = "string" }, "The environment, such as production."),
            ["vars"] = Described(new JsonObject
            {
                ["type"] = "object",
                ["propertyNames"] = new JsonObject { ["pattern"] = SchemaParts.NamePattern },
                ["additionalProperties"] = new JsonObject { ["type"] = new JsonArray("string", "number", "boolean") },
            }, "Variables, used as ${name}; values may refer to other variables and ${env.NAME}. --var name=value overrides."),
            ["secrets"] = Described(new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = SchemaParts.NamePattern },
            }, "Names of environment variables holding secrets; usable as ${NAME}, masked in all output."),
            [TopLevelKeys.Hosts] = Described(new JsonObject
            {
                ["type"] = "object",
                ["propertyNames"] = new JsonObject { ["pattern"] = SchemaParts.HostNamePattern },
                ["additionalProperties"] = SchemaParts.Ref("host"),
            }, "Hosts that steps name with on:, reached through the system ssh client."),
        };
        foreach (var (key, phase) in TopLevelKeys.StepPhases)
        {
            properties[key] = Described(SchemaParts.Ref(phase == Engine.Phase.Deploy ? CanarySchema.DeploySteps : "steps"), $"The {key} phase: its steps, in order.");
        }
        properties[TopLevelKeys.Stability] = SchemaParts.Stability();
        properties[Gates.GateKeys.Freeze] = Gates.GateSchema.Freeze();
        properties[Gates.GateKeys.Signoffs] = Gates.GateSchema.Signoffs();
        properties[TopLevelKeys.Lock] = Described(new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            "A lock held from before pre to the end of the run: one run at a time per name. shipcheck run --wait D waits for it.");
        properties[TopLevelKeys.Notify] = NotifySchema.Build();
        properties[TopLevelKeys.RollbackAfterIrreversible] = Described(
            new JsonObject { ["enum"] = new JsonArray([.. TopLevelKeys.RollbackAfterIrreversibleValues.Select(v => (JsonNode)v)]) },
            "After an irreversible step ran, a failure rolls back only when a person says so (ask, the default) or automatically (allow).");
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = "Shipcheck checklist",
            ["description"] = "An executable deployment checklist. See docs/checklist-format.md.",
            ["type"] = "object",
            ["required"] = new JsonArray("service"),
            ["additionalProperties"] = false,
            ["properties"] = properties,
            ["definitions"] = SchemaParts.Definitions(kinds),
        };
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    internal static JsonObject Described(JsonObject node, string description)
    {
        node["description"] = description;
        return node;
    }
}
