using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>The steps of one item, or of a block that sits under a heading rather than an item.</summary>
internal static class ItemSteps
{
    public static void Add(ChecklistItem item, StepContext context)
    {
        var steps = new List<ConvertedStep>();
        var shown = new List<string>();
        foreach (var block in item.CodeBlocks)
        {
            var name = item.CodeBlocks.Count == 1 || steps.Count == 0 ? item.Text : $"{item.Text} ({steps.Count + 1})";
            if (Automatic(block, name, context, out var why) is { } step)
            {
                steps.Add(step);
            }
            else
            {
                shown.Add(why);
            }
        }
        if (steps.Count == 0)
        {
            var reason = shown.Count > 0 ? string.Join("; ", shown) : item.Checked ? "ticked in the Markdown; a person confirms it" : "no command to run: a person confirms it";
            steps.Add(new ConvertedStep(context.Phase, context.Group, context.Names.Unique(context.Phase, item.Text, item.Line), ConvertedKind.Confirm, item.Text, item.Line)
            {
                ManualReason = reason,
            });
        }
        else
        {
            steps[0].Notes.AddRange(shown);
        }
        steps[0].Notes.AddRange(item.Blanks.Select(b => $"blank to fill in: {b.Label} ({b.Kind.ToString().ToLowerInvariant()})"));
        context.Result.Steps.AddRange(steps);
    }

    public static void AddSectionBlock(MarkdownCodeBlock block, StepContext context)
    {
        if (Automatic(block, context.Group, context, out var why) is { } step)
        {
            context.Result.Steps.Add(step);
        }
        else
        {
            context.Result.Skipped.Add(new SkippedElement(block.Line, $"a {MarkdownConverter.LanguageOf(block)} block under \"{context.Group}\"", why));
        }
    }

    // Seed 000's "Rollback Plan" in Pre-Deployment: "Rollback command prepared: git checkout <previous_commit> && docker
    // compose up". Running it in pre would deploy the old version before the new one. A rollback heading is one the
    // mapping's own rollback rules match (built-in and the team's), compared as the mapping compares headings.
    private static bool IsPreparedRollback(StepContext context) =>
        context.Phase != Engine.Phase.Rollback
        && new PhaseMapping([.. context.Options.Mapping.Rules.Where(r => r.Phase == Engine.Phase.Rollback)]).Match(context.Group) is not null;

    // A run or sql step for the block, or null with the reason it stays manual.
    private static ConvertedStep? Automatic(MarkdownCodeBlock block, string name, StepContext context, out string why)
    {
        var language = MarkdownConverter.LanguageOf(block).ToLowerInvariant();
        if (language == "sql")
        {
            return SqlSteps.Create(block, name, context, out why);
        }
        if (!context.Options.ShellLanguages.Contains(language))
        {
            why = $"its {language} block (line {block.Line}) is not a shell command, so it is shown, not run";
            return null;
        }
        if (ShellCommand.Prepare(block.Text, language) is not { } prepared)
        {
            why = $"its {language} block (line {block.Line}) has only comments";
            return null;
        }
        if (IsPreparedRollback(context))
        {
            why = $"its {language} block (line {block.Line}) is the rollback command prepared under \"{context.Group}\": shown, not run "
                + "here (the rollback section runs it when a deploy fails)";
            return null;
        }
        if (ShellCommand.RunsForever(prepared.Command))
        {
            why = $"its {language} block (line {block.Line}) follows output without end (tail -f, watch, logs -f, port-forward); run it by hand";
            return null;
        }
        why = "";
        var step = new ConvertedStep(context.Phase, context.Group, context.Names.Unique(context.Phase, name, block.Line), ConvertedKind.Run, prepared.Command, block.Line);
        foreach (var (variable, placeholder) in prepared.Placeholders)
        {
            if (!context.Result.Variables.Any(v => v.Name == variable))
            {
                context.Result.Variables.Add(new PlaceholderVariable(variable, placeholder, block.Line));
            }
        }
        foreach (var expected in block.Expected)
        {
            if (ExpectedLines.Recognize(expected.Text, prepared.Command) is { } recognized)
            {
                step.Expect.Add(recognized.Expression);
                step.Recognized.Add($"line {expected.Line} \"{expected.Text}\" → {recognized.Form}");
            }
            else
            {
                step.Notes.Add($"expected (line {expected.Line}, not checked): {expected.Text}");
            }
        }
        if (!step.Expect.Any(e => e.StartsWith("exit_code", StringComparison.Ordinal)))
        {
            step.Expect.Insert(0, "exit_code == 0");
        }
        return step;
    }
}
