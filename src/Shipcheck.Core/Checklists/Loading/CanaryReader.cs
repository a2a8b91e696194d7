using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>
/// Reads <c>canary:</c> (a list of stages: <c>stage</c>, <c>steps</c>, <c>analysis</c>) in deploy. Stage steps and
/// checks get the stage's name as a prefix (<c>50% · error rate</c>), so every round of every stage has its own name.
/// </summary>
internal static class CanaryReader
{
    public const string Key = "canary";

    /// <summary>The separator between a stage's name and a step's name in recorded step names.</summary>
    public const string NameSeparator = " · ";

    public static IReadOnlyList<string> StageKeys { get; } = ["stage", "steps", "analysis"];

    public static IReadOnlyList<string> AnalysisKeys { get; } = ["every", "for", "failure_limit", "consecutive_successes", "checks"];

    public static CanaryDefinition? Read(YamlContext ctx, StepReader reader, YamlEntry entry, SourceSpan span)
    {
        if (entry.Value is not YamlSequenceNode sequence)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(entry.Value, entry.Path), "a list of stages", YamlNodes.Describe(entry.Value),
                "start each stage with '- stage: NAME'"));
            return null;
        }
        if (sequence.Children.Count == 0)
        {
            ctx.Report(LoadErrors.EmptyCanary(ctx.Span(entry.Value, entry.Path)));
            return null;
        }
        var stages = new List<CanaryStage>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (ctx.Visit(sequence.Children[i]) && ReadStage(ctx, reader, sequence.Children[i], YamlNodes.Item(entry.Path, i)) is { } stage)
            {
                if (seen.TryGetValue(stage.Name, out var first))
                {
                    ctx.Report(LoadErrors.DuplicateStage(stage.Span, stage.Name, first));
                    continue;
                }
                seen[stage.Name] = stage.Span;
                stages.Add(stage);
            }
        }
        return new CanaryDefinition(stages, span);
    }

    private static CanaryStage? ReadStage(YamlContext ctx, StepReader reader, YamlNode node, string path)
    {
        var span = ctx.Span(node, path);
        var entries = MappingReader.Read(ctx, node, path, "a canary stage", StageKeys);
        if (entries is null)
        {
            return null;
        }
        if (!entries.TryGetValue("stage", out var nameEntry))
        {
            ctx.Report(LoadErrors.MissingKey(span, "stage", "a canary stage", "name it, such as stage: 10%"));
            return null;
        }
        if (ScalarReader.Text(ctx, nameEntry.Value, nameEntry.Path, "a stage name") is not { Length: > 0 } name)
        {
            return null;
        }
        var steps = entries.TryGetValue("steps", out var stepsEntry) ? ReadSteps(ctx, reader, stepsEntry, name) : [];
        var analysis = entries.TryGetValue("analysis", out var analysisEntry) ? ReadAnalysis(ctx, reader, analysisEntry, name) : null;
        if (steps.Count == 0 && analysis is null && !entries.ContainsKey("analysis"))
        {
            ctx.Report(LoadErrors.EmptyStage(span, name));
        }
        return new CanaryStage(name, steps, analysis, span);
    }

    private static List<StepNode> ReadSteps(YamlContext ctx, StepReader reader, YamlEntry entry, string stage)
    {
        var steps = new List<StepNode>();
        foreach (var (node, path) in Items(ctx, entry, "a list of traffic-shift steps"))
        {
            switch (reader.Read(node, path, allowParallel: true))
            {
                case StepDefinition step:
                    steps.Add(Named(step, stage));
                    break;
                case ParallelGroup group:
                    steps.Add(group with { Steps = [.. group.Steps.Select(s => Named(s, stage))] });
                    break;
            }
        }
        return steps;
    }

    private static CanaryAnalysis? ReadAnalysis(YamlContext ctx, StepReader reader, YamlEntry entry, string stage)
    {
        var span = ctx.Span(entry.Value, entry.Path);
        var entries = MappingReader.Read(ctx, entry.Value, entry.Path, "an analysis", AnalysisKeys);
        if (entries is null)
        {
            return null;
        }
        TimeSpan? window = null;
        if (entries.TryGetValue("for", out var forEntry))
        {
            window = ScalarReader.PositiveDuration(ctx, forEntry, "analysis for");
        }
        else
        {
            ctx.Report(LoadErrors.MissingKey(span, "for", "an analysis", "how long to watch, such as for: 15m"));
        }
        var every = entries.TryGetValue("every", out var everyEntry) ? ScalarReader.PositiveDuration(ctx, everyEntry, "analysis every") : TimeSpan.FromSeconds(30);
        var failureLimit = Count(ctx, entries, "failure_limit");
        var successes = Count(ctx, entries, "consecutive_successes");
        var checks = new List<StepDefinition>();
        if (entries.TryGetValue("checks", out var checksEntry))
        {
            foreach (var (node, path) in Items(ctx, checksEntry, "a list of checks"))
            {
                if (reader.Read(node, path, allowParallel: false) is StepDefinition check)
                {
                    checks.Add(Named(check, stage));
                }
            }
        }
        if (checks.Count == 0 && !ctx.Diagnostics.HasErrors)
        {
            ctx.Report(LoadErrors.EmptyAnalysis(span));
            return null;
        }
        if (window is not { } w || every is not { } e || failureLimit is not { } limit || successes is not { } needed)
        {
            return null;
        }
        if (needed > 0 && Rounds(w, e) is var rounds && needed > rounds)
        {
            ctx.Report(LoadErrors.UnreachableSuccesses(ctx.Span(entries["consecutive_successes"].Value, entries["consecutive_successes"].Path), needed, rounds));
        }
        return new CanaryAnalysis(w, e, limit, needed, checks, span);
    }

    /// <summary>How many rounds a window holds: one after each pause, the last one when the window closes.</summary>
    public static int Rounds(TimeSpan window, TimeSpan every) => (int)Math.Ceiling(window / every);

    private static int? Count(YamlContext ctx, Dictionary<string, YamlEntry> entries, string key)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            return 0;
        }
        var value = ScalarReader.Integer(ctx, entry.Value, entry.Path);
        if (value is < 0 or > int.MaxValue)
        {
            ctx.Report(value < 0 ? LoadErrors.NegativeCount(ctx.Span(entry.Value, entry.Path), key)
                : LoadErrors.BadNumber(ctx.Span(entry.Value, entry.Path), $"{value}", "a count that fits in 32 bits"));
            return null;
        }
        return (int?)value;
    }

    private static IEnumerable<(YamlNode Node, string Path)> Items(YamlContext ctx, YamlEntry entry, string expected)
    {
        if (entry.Value is not YamlSequenceNode sequence)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(entry.Value, entry.Path), expected, YamlNodes.Describe(entry.Value), "start each step with '- '"));
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

    private static StepDefinition Named(StepDefinition step, string stage) => step with { Name = stage + NameSeparator + step.Name };
}
