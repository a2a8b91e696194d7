using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>
/// Finds the names every step captures before steps are read, so that a later step (or rollback) may refer to a
/// value captured earlier, such as <c>${previous_commit}</c>.
/// </summary>
internal static class CaptureScanner
{
    public static IEnumerable<(string Name, YamlNode Node, string Path)> Scan(IEnumerable<(string Key, YamlNode Node)> phaseLists)
    {
        foreach (var (key, node) in phaseLists)
        {
            if (node is YamlSequenceNode list)
            {
                foreach (var capture in list.Children.SelectMany((step, i) => Step(step, YamlNodes.Item(key, i))))
                {
                    yield return capture;
                }
            }
        }
    }

    private static IEnumerable<(string, YamlNode, string)> Step(YamlNode step, string path)
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
                var groupPath = YamlNodes.Child(path, StepKeys.Parallel);
                foreach (var inner in group.Children.Take(YamlContext.NodeBudget).SelectMany((s, i) => Step(s, YamlNodes.Item(groupPath, i))))
                {
                    yield return inner;
                }
            }
            else if (name == StepKeys.Capture && value is YamlScalarNode { Value: { } scalarName })
            {
                yield return (scalarName, value, YamlNodes.Child(path, StepKeys.Capture));
            }
            else if (name == StepKeys.Capture && value is YamlMappingNode map
                && map.Children.TryGetValue(new YamlScalarNode("name"), out var n) && n is YamlScalarNode { Value: { } mapName })
            {
                yield return (mapName, n, YamlNodes.Child(YamlNodes.Child(path, StepKeys.Capture), "name"));
            }
        }
    }
}
