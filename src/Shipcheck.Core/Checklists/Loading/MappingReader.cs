using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Reads a YAML map whose keys are known in advance, reporting unknown keys with a did-you-mean.</summary>
internal static class MappingReader
{
    /// <summary>
    /// The entries of <paramref name="node"/> whose keys are in <paramref name="known"/>, by key; null (reported) when the
    /// node is not a map. Unknown keys are reported and left out.
    /// </summary>
    public static Dictionary<string, YamlEntry>? Read(YamlContext ctx, YamlNode node, string path, string where, IReadOnlyCollection<string> known)
    {
        if (node is not YamlMappingNode mapping)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(node, path), $"a map for {where}", YamlNodes.Describe(node)));
            return null;
        }
        var entries = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (!ctx.Visit(valueNode))
            {
                return null;
            }
            var key = YamlNodes.KeyText(keyNode);
            if (!known.Contains(key))
            {
                ctx.Report(LoadErrors.UnknownKey(ctx.Span(keyNode, YamlNodes.Child(path, key)), key, where, known));
                continue;
            }
            entries[key] = new YamlEntry(keyNode, valueNode, YamlNodes.Child(path, key));
        }
        return entries;
    }
}

/// <summary>A key and its value in a YAML map, with the value's YAML path.</summary>
internal sealed record YamlEntry(YamlNode Key, YamlNode Value, string Path);
