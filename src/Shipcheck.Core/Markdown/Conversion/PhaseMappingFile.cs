using Shipcheck.Core.Engine;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>
/// A team's own heading rules, tried before the built-in table:
/// <code>
/// headings:
///   - text: Go-Live            # words in the heading
///     phase: deploy            # pre, deploy, verify, stability, post, rollback, or none (reference, not converted)
///     match: equals            # contains (default) or equals (the whole heading)
/// </code>
/// </summary>
public static class PhaseMappingFile
{
    /// <summary>The rules of the file at <paramref name="path"/>, or an error naming the file, the line and what to do.</summary>
    public static (IReadOnlyList<PhaseRule>? Rules, string? Error) Load(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"{path}: no such mapping file; check the path");
        }
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (IOException e)
        {
            return (null, $"{path}: cannot be read ({e.Message})");
        }
    }

    /// <summary>The rules in <paramref name="text"/> (a mapping file's content, named <paramref name="path"/> in errors).</summary>
    public static (IReadOnlyList<PhaseRule>? Rules, string? Error) Parse(string text, string path)
    {
        try
        {
            var stream = new YamlStream();
            using (var reader = new StringReader(text))
            {
                stream.Load(reader);
            }
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
                || !root.Children.TryGetValue(new YamlScalarNode("headings"), out var list) || list is not YamlSequenceNode rules)
            {
                return (null, $"{path}:1: expected a 'headings:' list of {{text, phase, match}}; see docs/markdown-checklists.md");
            }
            var result = new List<PhaseRule>();
            foreach (var node in rules.Children)
            {
                if (Rule(node) is not { } rule)
                {
                    return (null, $"{path}:{node.Start.Line}: a rule needs 'text' and 'phase' (pre, deploy, verify, stability, post, rollback or none), and 'match' is contains or equals");
                }
                result.Add(rule);
            }
            return (result, null);
        }
        catch (YamlException e)
        {
            return (null, $"{path}:{e.Start.Line}: not valid YAML ({e.Message}); fix the mapping file");
        }
    }

    private static PhaseRule? Rule(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            return null;
        }
        string? Value(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;
        var text = Value("text");
        var phase = Value("phase")?.ToLowerInvariant();
        var match = Value("match")?.ToLowerInvariant() ?? "contains";
        if (string.IsNullOrWhiteSpace(text) || phase is null || match is not ("contains" or "equals"))
        {
            return null;
        }
        Phase? target = phase switch
        {
            "pre" => Phase.Pre,
            "deploy" => Phase.Deploy,
            "verify" => Phase.Verify,
            "stability" => Phase.Stability,
            "post" => Phase.Post,
            "rollback" => Phase.Rollback,
            _ => null,
        };
        if (target is null && phase != "none")
        {
            return null;
        }
        return new PhaseRule(text, match == "equals" ? PhaseMatch.Equals : PhaseMatch.Contains, target);
    }
}
