using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Reads the list of steps of one phase and checks that step names are unique within it.</summary>
internal static class PhaseReader
{
    public static IReadOnlyList<StepNode> Read(YamlContext ctx, StepReader reader, YamlEntry entry)
    {
        if (entry.Value is YamlScalarNode scalar && YamlNodes.IsNull(scalar))
        {
            return [];
        }
        if (entry.Value is not YamlSequenceNode sequence)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(entry.Value, entry.Path), $"a list of steps under {entry.Path}", YamlNodes.Describe(entry.Value),
                "start each step with '- ', such as - run: ./deploy.sh"));
            return [];
        }
        var steps = new List<StepNode>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (ctx.Visit(sequence.Children[i]) && reader.Read(sequence.Children[i], YamlNodes.Item(entry.Path, i), allowParallel: true, allowCanary: entry.Path == "deploy") is { } step)
            {
                steps.Add(step);
            }
        }
        ReportDuplicateNames(ctx, steps);
        if (entry.Path is not ("pre" or "deploy"))
        {
            foreach (var step in steps.SelectMany(StepNodes.Flatten).Where(s => s.Irreversible))
            {
                ctx.Report(LoadErrors.IrreversibleOutsideDeploy(step.Span, step.Name, entry.Path));
            }
        }
        return steps;
    }

    private static void ReportDuplicateNames(YamlContext ctx, List<StepNode> steps)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var step in steps.SelectMany(StepNodes.Flatten))
        {
            if (seen.TryGetValue(step.Name, out var first))
            {
                ctx.Report(LoadErrors.DuplicateStep(step.Span, step.Name, first));
            }
            else
            {
                seen[step.Name] = step.Span;
            }
        }
    }
}
