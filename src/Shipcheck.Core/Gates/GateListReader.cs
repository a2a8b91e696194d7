using Shipcheck.Core.Checklists.Loading;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Gates;

/// <summary>What the freeze and sign-off readers share: lists of entries, and a string or a list of strings.</summary>
internal static class GateListReader
{
    /// <summary>Each item of the list under <paramref name="entry"/> with its YAML path; a non-list is reported.</summary>
    public static IEnumerable<(YamlNode Node, string Path)> Items(YamlContext ctx, YamlEntry entry, string example)
    {
        if (entry.Value is YamlScalarNode scalar && YamlNodes.IsNull(scalar))
        {
            yield break;
        }
        if (entry.Value is not YamlSequenceNode sequence)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(entry.Value, entry.Path), $"a list under {entry.Path}", YamlNodes.Describe(entry.Value), example));
            yield break;
        }
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (ctx.Visit(sequence.Children[i]))
            {
                yield return (sequence.Children[i], YamlNodes.Item(entry.Path, i));
            }
        }
    }

    /// <summary>A scalar as one string, or a list of scalars, each with its node and path.</summary>
    public static List<(string Text, YamlNode Node, string Path)> Strings(YamlContext ctx, YamlEntry entry, string what)
    {
        var result = new List<(string, YamlNode, string)>();
        if (entry.Value is YamlSequenceNode sequence)
        {
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var path = YamlNodes.Item(entry.Path, i);
                if (ScalarReader.Text(ctx, sequence.Children[i], path, what) is { } text)
                {
                    result.Add((text, sequence.Children[i], path));
                }
            }
        }
        else if (ScalarReader.Text(ctx, entry.Value, entry.Path, $"{what} or a list of them") is { } text)
        {
            result.Add((text, entry.Value, entry.Path));
        }
        return result;
    }
}
