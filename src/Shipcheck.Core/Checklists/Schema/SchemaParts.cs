using System.Text.Json.Nodes;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Checklists.Schema;

/// <summary>The pieces of the checklist schema: steps, kinds, options, durations.</summary>
internal static class SchemaParts
{
    public const string NamePattern = "^[A-Za-z_][A-Za-z0-9_]*$";
    public const string HostNamePattern = "^[A-Za-z0-9_][A-Za-z0-9_.-]*$";
    public const string DurationPattern = @"^(\d+(\.\d+)?(ms|s|m|h|d))+$";
    public const string SizePattern = @"^\d+(\.\d+)?\s*([KMGT]i?B|B)$";
    public const string ReferencePattern = @"\$\{[^}]+\}";

    public static JsonObject Ref(string name) => new() { ["$ref"] = $"#/definitions/{name}" };

    /// <summary>A duration or size: the literal form, or text with <c>${name}</c> references the loader resolves.</summary>
    private static JsonObject Quantity(string pattern, string description) => new()
    {
        ["description"] = description,
        ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string", ["pattern"] = pattern }, Ref("variable_reference")),
    };

    public static JsonObject Definitions(IReadOnlyList<ICheckKind> kinds)
    {
        var definitions = new JsonObject
        {
            ["duration"] = Quantity(DurationPattern, "A duration such as 500ms, 30s, 2m, 1h30m, or ${name} (resolved when the checklist loads)."),
            ["size"] = Quantity(SizePattern, "A size such as 10MB or 512KiB, or ${name} (resolved when the checklist loads)."),
            ["variable_reference"] = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = ReferencePattern,
                ["description"] = "Text with ${name} references to vars: entries or built-in variables, such as ${stability_window} or ${minutes}m.",
            },
            ["expression"] = new JsonObject { ["type"] = "string", ["description"] = "An expression such as status == 200 and latency < 500ms." },
            ["steps"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject { ["anyOf"] = new JsonArray(Ref("step"), Ref("parallel")) },
            },
            ["parallel"] = new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("parallel"),
                ["additionalProperties"] = false,
                ["properties"] = new JsonObject
                {
                    ["parallel"] = new JsonObject { ["type"] = "array", ["items"] = Ref("step"), ["description"] = "Steps that run at the same time." },
                },
            },
            ["step"] = Step(kinds),
            ["host"] = Host(),
        };
        foreach (var kind in kinds)
        {
            definitions[$"kind_{kind.Name}"] = Kind(kind);
        }
        CanarySchema.AddTo(definitions);
        return definitions;
    }

    public static JsonObject Stability() => new()
    {
        ["type"] = "object",
        ["description"] = "Re-run verify checks over a window; one failure rolls back.",
        ["required"] = new JsonArray("for"),
        ["additionalProperties"] = false,
        ["properties"] = new JsonObject
        {
            ["for"] = Ref("duration"),
            ["every"] = Ref("duration"),
            ["repeat"] = new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["const"] = "verify" },
                    new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } }),
            },
        },
    };

    private static JsonObject Step(IReadOnlyList<ICheckKind> kinds)
    {
        var properties = new JsonObject
        {
            [StepKeys.Name] = new JsonObject { ["type"] = "string", ["description"] = "The step's name, unique within its phase." },
            [StepKeys.Expect] = new JsonObject
            {
                ["description"] = "Expectations that must all hold.",
                ["anyOf"] = new JsonArray(Ref("expression"), new JsonObject { ["type"] = "array", ["items"] = Ref("expression") }),
            },
            [StepKeys.Retry] = new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("attempts"),
                ["additionalProperties"] = false,
                ["properties"] = new JsonObject { ["attempts"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 }, ["every"] = Ref("duration") },
            },
            [StepKeys.Until] = Ref("duration"),
            [StepKeys.Every] = Ref("duration"),
            [StepKeys.Timeout] = Ref("duration"),
            [StepKeys.When] = Ref("expression"),
            [StepKeys.Capture] = new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = "string", ["pattern"] = NamePattern },
                    new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("name"),
                        ["additionalProperties"] = false,
                        ["properties"] = new JsonObject
                        {
                            ["name"] = new JsonObject { ["type"] = "string", ["pattern"] = NamePattern },
                            ["value"] = Ref("expression"),
                            ["secret"] = new JsonObject { ["type"] = "boolean" },
                        },
                    }),
            },
            [StepKeys.Severity] = new JsonObject { ["enum"] = new JsonArray([.. StepKeys.Severities.Select(s => (JsonNode)s)]) },
            [StepKeys.Irreversible] = new JsonObject
            {
                ["type"] = "boolean",
                ["description"] = "The step cannot be undone (a schema migration): after it ran, rolling back is a person's decision unless rollback_after_irreversible: allow. Only in pre and deploy.",
            },
            [StepKeys.On] = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = HostNamePattern,
                ["description"] = $"Run the step on a host declared under hosts:, through ssh ({string.Join(", ", kinds.OfType<IRemoteCheckKind>().Select(k => k.Name))} steps).",
            },
        };
        foreach (var kind in kinds)
        {
            properties[kind.Name] = Ref($"kind_{kind.Name}");
        }
        return new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = properties,
            ["oneOf"] = new JsonArray([.. kinds.Select(k => (JsonNode)new JsonObject { ["required"] = new JsonArray(k.Name) })]),
        };
    }

    private static JsonObject Host()
    {
        var properties = new JsonObject();
        foreach (var (key, description) in HostKeys.Described)
        {
            var property = key switch
            {
                HostKeys.Port => new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 65535 },
                HostKeys.ConnectTimeout => Ref("duration"),
                HostKeys.HostKey => new JsonObject { ["enum"] = new JsonArray([.. HostKeys.HostKeyPolicies.Select(p => (JsonNode)p)]) },
                _ => new JsonObject { ["type"] = "string" },
            };
            property["description"] = description;
            properties[key] = property;
        }
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "A host reached through the system ssh client.",
            ["required"] = new JsonArray(HostKeys.Address),
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
    }

    private static JsonObject Kind(ICheckKind kind)
    {
        var options = new JsonObject();
        foreach (var spec in kind.Options)
        {
            var option = Option(spec);
            option["description"] = spec.Description;
            options[spec.Name] = option;
        }
        var map = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = options };
        var required = kind.Options.Where(o => o.Required).Select(o => (JsonNode)o.Name).ToArray();
        if (required.Length > 0)
        {
            map["required"] = new JsonArray(required);
        }
        var observed = string.Join(", ", kind.Observations.Fields.Keys);
        var description = $"{kind.Description} Observes: {observed}. Default expectation: {kind.DefaultExpectation}.";
        if (kind.ShorthandOption is not { } shorthand)
        {
            return ChecklistSchema.Described(map, description);
        }
        var single = Option(kind.Options.First(o => o.Name == shorthand));
        return new JsonObject { ["description"] = description, ["anyOf"] = new JsonArray(single, map) };
    }

    private static JsonObject Option(OptionSpec spec) => spec.Type switch
    {
        OptionType.Integer => new JsonObject { ["type"] = "integer" },
        OptionType.Number => new JsonObject { ["type"] = "number" },
        OptionType.Boolean => new JsonObject { ["type"] = "boolean" },
        OptionType.Duration => Ref("duration"),
        OptionType.Size => Ref("size"),
        OptionType.TextList => StringOrList(),
        OptionType.TextListMap => new JsonObject { ["type"] = "object", ["additionalProperties"] = StringOrList() },
        OptionType.TextMap => new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = new JsonArray("string", "number", "boolean") } },
        _ when spec.AllowedValues is { } allowed => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. allowed.Select(a => (JsonNode)a)]) },
        _ => new JsonObject { ["type"] = "string" },
    };

    private static JsonObject StringOrList() => new()
    {
        ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } }),
    };
}
