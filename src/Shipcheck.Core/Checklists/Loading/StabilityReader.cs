using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Reads <c>stability: {for, every, repeat}</c>.</summary>
internal static class StabilityReader
{
    public static StabilityDefinition? Read(YamlContext ctx, YamlEntry entry, IReadOnlyList<StepNode> verify)
    {
        var span = ctx.Span(entry.Value, entry.Path);
        var entries = MappingReader.Read(ctx, entry.Value, entry.Path, "stability", TopLevelKeys.StabilityKeys);
        if (entries is null)
        {
            return null;
        }
        TimeSpan? window = null;
        if (entries.TryGetValue("for", out var forEntry))
        {
            window = ScalarReader.PositiveDuration(ctx, forEntry, "stability for");
        }
        else
        {
            ctx.Report(LoadErrors.MissingKey(span, "for", "stability", "how long to watch, such as for: 5m"));
        }
        var every = entries.TryGetValue("every", out var everyEntry) ? ScalarReader.PositiveDuration(ctx, everyEntry, "stability every") : TimeSpan.FromSeconds(30);
        var verifySteps = verify.SelectMany(StepNodes.Flatten).ToList();
        if (verifySteps.Count == 0)
        {
            ctx.Report(LoadErrors.StabilityWithoutVerify(span));
            return null;
        }
        var repeat = entries.TryGetValue("repeat", out var repeatEntry) ? ReadRepeat(ctx, repeatEntry, verifySteps) : verifySteps;
        return window is { } w && every is { } e && repeat is not null ? new StabilityDefinition(w, e, repeat, span) : null;
    }

    private static List<StepDefinition>? ReadRepeat(YamlContext ctx, YamlEntry entry, List<StepDefinition> verifySteps)
    {
        if (entry.Value is YamlScalarNode { Value: "verify" })
        {
            return verifySteps;
        }
        if (entry.Value is not YamlSequenceNode sequence)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(entry.Value, entry.Path), "`verify` or a list of verify step names", YamlNodes.Describe(entry.Value)));
            return null;
        }
        var chosen = new List<StepDefinition>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var path = YamlNodes.Item(entry.Path, i);
            var name = ScalarReader.Text(ctx, sequence.Children[i], path, "a verify step name");
            var step = verifySteps.FirstOrDefault(s => s.Name == name);
            if (step is null && name is not null)
            {
                ctx.Report(LoadErrors.UnknownRepeat(ctx.Span(sequence.Children[i], path), name, verifySteps.Select(s => s.Name)));
            }
            else if (step is not null)
            {
                chosen.Add(step);
            }
        }
        return chosen;
    }
}
