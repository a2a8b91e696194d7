using System.Text.Json.Nodes;
using Shipcheck.Core.Checklists.Schema;

namespace Shipcheck.Core.Gates;

/// <summary>The JSON Schema of <c>freeze:</c> and <c>signoffs:</c>, from the same key lists the readers use.</summary>
internal static class GateSchema
{
    public static JsonObject Freeze() => new()
    {
        ["type"] = "array",
        ["description"] = "Freeze windows: a run inside one is blocked (exit 3). Every condition an entry names must hold.",
        ["items"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("name"),
            ["additionalProperties"] = false,
            ["properties"] = Properties(GateKeys.FreezeEntry, key => key switch
            {
                "days" or "dates" => StringOrList(),
                "override" => new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("signoff"),
                    ["additionalProperties"] = false,
                    ["properties"] = Properties(GateKeys.FreezeOverride, k => k == "wait" ? SchemaParts.Ref("duration") : String()),
                },
                "between" => new JsonObject { ["type"] = "string", ["pattern"] = "^\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2}$" },
                _ => String(),
            }),
        },
    };

    public static JsonObject Signoffs() => new()
    {
        ["type"] = "array",
        ["description"] = "Sign-off points: N of the roles must approve (shipcheck approve) before the run goes past the point.",
        ["items"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("roles"),
            ["additionalProperties"] = false,
            ["properties"] = Properties(GateKeys.SignoffPoint, key => key switch
            {
                "before" => new JsonObject { ["enum"] = new JsonArray("deploy", "completion") },
                "roles" => StringOrList(),
                "required" => new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
                "wait" => SchemaParts.Ref("duration"),
                "allow_self" => new JsonObject { ["type"] = "boolean" },
                _ => String(),
            }),
        },
    };

    private static JsonObject Properties(IEnumerable<string> keys, Func<string, JsonObject> schemaOf)
    {
        var properties = new JsonObject();
        foreach (var key in keys)
        {
            properties[key] = schemaOf(key);
        }
        return properties;
    }

    private static JsonObject String() => new() { ["type"] = "string" };

    private static JsonObject StringOrList() => new()
    {
        ["anyOf"] = new JsonArray(String(), new JsonObject { ["type"] = "array", ["items"] = String() }),
    };
}
