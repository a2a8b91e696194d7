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
            else if (name == CanaryReader.Key && value is YamlSequenceNode stages)
            {
                // A stage's traffic-shift steps may capture (the weight before, a deployment id) for later steps.
                var canaryPath = YamlNodes.Child(path, CanaryReader.Key);
                foreach (var inner in stages.Children.Take(YamlContext.NodeBudget).SelectMany((stage, i) => StageSteps(stage, YamlNodes.Item(canaryPath, i))))
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

    private static IEnumerable<(string, YamlNode, string)> StageSteps(YamlNode stage, string path)
    {
        if (stage is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode("steps"), out var steps) || steps is not YamlSequenceNode list)
        {
            return [];
        }
        var stepsPath = YamlNodes.Child(path, "steps");
        return list.Children.Take(YamlContext.NodeBudget).SelectMany((s, i) => Step(s, YamlNodes.Item(stepsPath, i)));
    }
}
