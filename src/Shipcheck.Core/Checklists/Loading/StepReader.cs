using Shipcheck.Core.Checks;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Reads one entry of a phase: a step of some kind, or a <c>parallel:</c> group.</summary>
internal sealed partial class StepReader(
    YamlContext ctx, IReadOnlyList<ICheckKind> kinds, IReadOnlySet<string> variables, IReadOnlyDictionary<string, HostDefinition> hosts)
{
    private IEnumerable<string> KnownKeys => StepKeys.Common.Concat(kinds.Select(k => k.Name)).Append(StepKeys.Parallel).Append(CanaryReader.Key);

    /// <param name="node">The entry.</param>
    /// <param name="path">Its YAML path.</param>
    /// <param name="allowParallel">False inside a group: groups do not nest.</param>
    /// <param name="allowCanary">True only for the entries of deploy.</param>
    public StepNode? Read(YamlNode node, string path, bool allowParallel, bool allowCanary = false)
    {
        if (node is not YamlMappingNode mapping)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(node, path), "a step (a map such as `run: ./deploy.sh`)", YamlNodes.Describe(node)));
            return null;
        }
        var span = ctx.Span(node, path);
        var known = KnownKeys.ToArray();
        var entries = MappingReader.Read(ctx, mapping, path, "a step", known);
        if (entries is null)
        {
            return null;
        }
        if (entries.TryGetValue(CanaryReader.Key, out var canary))
        {
            return ReadCanary(canary, span, entries.Count, allowCanary);
        }
        if (entries.TryGetValue(StepKeys.Parallel, out var group))
        {
            if (allowParallel)
            {
                return ReadParallel(group, span, entries.Count);
            }
            ctx.Report(LoadErrors.NestedParallel(ctx.Span(group.Key, group.Path)));
            return null;
        }
        var kindEntries = entries.Values.Where(e => kinds.Any(k => k.Name == YamlNodes.KeyText(e.Key))).ToList();
        if (kindEntries.Count == 0)
        {
            // An unknown key was already reported with a did-you-mean; do not pile a second error on the same step.
            if (mapping.Children.Count == entries.Count)
            {
                ctx.Report(LoadErrors.NoKind(span, kinds.Select(k => k.Name)));
            }
            return null;
        }
        if (kindEntries.Count > 1)
        {
            ctx.Report(LoadErrors.TwoKinds(ctx.Span(kindEntries[1].Key, kindEntries[1].Path), YamlNodes.KeyText(kindEntries[0].Key), YamlNodes.KeyText(kindEntries[1].Key)));
            return null;
        }
        var kindEntry = kindEntries[0];
        var kind = kinds.First(k => k.Name == YamlNodes.KeyText(kindEntry.Key));
        return ReadStep(kind, kindEntry, entries, span);
    }

    private CanaryDefinition? ReadCanary(YamlEntry canary, SourceSpan span, int keyCount, bool allowed)
    {
        if (!allowed)
        {
            ctx.Report(LoadErrors.CanaryOutsideDeploy(ctx.Span(canary.Key, canary.Path)));
            return null;
        }
        if (keyCount > 1)
        {
            ctx.Report(LoadErrors.CanaryNotAlone(span));
        }
        return CanaryReader.Read(ctx, this, canary, span);
    }

    private ParallelGroup? ReadParallel(YamlEntry group, SourceSpan span, int keyCount)
    {
        if (keyCount > 1)
        {
            ctx.Report(LoadErrors.WrongType(span, "only `parallel:` in a parallel group", "other keys beside it",
                "move name/expect/... into the steps inside the group"));
        }
        if (group.Value is not YamlSequenceNode sequence)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(group.Value, group.Path), "a list of steps", YamlNodes.Describe(group.Value)));
            return null;
        }
        if (sequence.Children.Count == 0)
        {
            ctx.Report(LoadErrors.EmptyParallel(ctx.Span(group.Value, group.Path)));
            return null;
        }
        var steps = new List<StepDefinition>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (ctx.Visit(sequence.Children[i]) && Read(sequence.Children[i], YamlNodes.Item(group.Path, i), allowParallel: false) is StepDefinition step)
            {
                steps.Add(step);
            }
        }
        return new ParallelGroup(steps, span);
    }
}
