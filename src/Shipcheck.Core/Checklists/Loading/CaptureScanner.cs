using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>
/// Finds the names every step captures before steps are read, so that a later step (or rollback) may refer to a
/// value captured earlier, such as <c>${previous_commit}</c>.
/// </summary>
internal static class CaptureScanner
{
    public static IEnumerable<(string Name, YamlNode Node)> Scan(IEnumerable<YamlNode> phaseLists)
    {
        foreach (var list in phaseLists.OfType<YamlSequenceNode>())
        {
            foreach (var capture in list.Children.SelectMany(Step))
            {
                yield return capture;
            }
        }
    }

    private static IEnumerable<(string, YamlNode)> Step(YamlNode step)
    {
        if (step is not YamlMappingNode mapping)
        {
            yield break;
        }
        foreach (var (key, value) in mapping.Children)
        {
            var name = YamlNodes.KeyText(key);
            if (name == StepKeys.Parallel && value is YamlSequenceNode group)
            {
                foreach (var inner in group.Children.Take(YamlContext.NodeBudget).SelectMany(Step))
                {
                    yield return inner;
                }
            }
            else if (name == StepKeys.Capture && value is YamlScalarNode { Value: { } scalarName })
            {
                yield return (scalarName, value);
            }
            else if (name == StepKeys.Capture && value is YamlMappingNode map
                && map.Children.TryGetValue(new YamlScalarNode("name"), out var n) && n is YamlScalarNode { Value: { } mapName })
            {
                yield return (mapName, n);
            }
        }
    }
}
