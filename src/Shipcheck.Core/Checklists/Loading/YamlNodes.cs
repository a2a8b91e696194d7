using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Small questions about YAML nodes, asked the same way everywhere in the loader.</summary>
internal static class YamlNodes
{
    /// <summary>How a node reads in an error message: "a map", "a list", "the text 'abc'", "nothing".</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a map",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "nothing",
        YamlScalarNode s => $"'{Shorten(s.Value ?? "")}'",
        _ => "an unsupported YAML node",
    };

    /// <summary>True for an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The text of a scalar key (keys are always compared as text).</summary>
    public static string KeyText(YamlNode key) => key is YamlScalarNode s ? s.Value ?? "" : Describe(key);

    /// <summary>A path segment for a key: <c>.name</c>.</summary>
    public static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>A path segment for a list item: <c>[3]</c>.</summary>
    public static string Item(string path, int index) => $"{path}[{index}]";

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
