using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Git;
using Shipcheck.Core.Markdown.Conversion;
using Shipcheck.Core.Markdown.Reading;
using Shipcheck.Core.Markdown.Running;

namespace Shipcheck.Cli.Hosting;

/// <summary>
/// <c>shipcheck run CHECKLIST.md</c>: the Markdown read and converted in memory, its blanks filled, and the YAML the
/// engine runs, so rollback, the store, masking and exit codes are those of any run.
/// </summary>
/// <param name="Plan">The conversion the engine runs, and the way back to the items.</param>
/// <param name="Source">The file's text, stored with the run for the filled-in checklist.</param>
/// <param name="Variables">The run's variables: the blanks filled in, then <c>--var</c>.</param>
/// <param name="Interactive">True without <c>--auto</c>: each shell block is offered at the terminal before it runs.</param>
internal sealed record MarkdownRunInput(MarkdownRunPlan Plan, string Source, IReadOnlyDictionary<string, string> Variables, bool Interactive)
{
    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>The input, or the message that says why the file cannot be run (exit 2).</summary>
    public static async Task<(MarkdownRunInput? Input, string? Error)> PrepareAsync(CliConsole console, RunArguments args)
    {
        var interactive = !args.Auto && !args.DryRun;
        if (interactive && !console.IsInteractive)
        {
            // Never hang waiting for a person who is not there.
            return (null, $"{args.ChecklistPath}: without --auto each shell block is offered at a terminal (run / edit / skip / mark done), "
                + "and there is no terminal here: pass --auto to run every sh, bash, shell and console block without asking, and "
                + "--confirm-all \"reason\" for the items that have no command");
        }
        var read = MarkdownReader.ReadFile(args.ChecklistPath);
        if (read.Checklist is null)
        {
            return (null, read.Error);
        }
        var source = await File.ReadAllTextAsync(args.ChecklistPath);
        string? mapping = null;
        if (args.MappingPath is { } mappingPath)
        {
            var (rules, error) = PhaseMappingFile.Load(mappingPath);
            if (rules is null)
            {
                return (null, error);
            }
            mapping = await File.ReadAllTextAsync(mappingPath);
        }
        if (args.SqlConnection is { } secret && !Template.IsName(secret))
        {
            return (null, $"--sql-connection '{secret}' is not an environment variable name; use letters, digits and '_'");
        }
        var plan = MarkdownRunPlan.Of(read.Checklist, mapping, args.SqlConnection);
        var commit = await HeadCommitAsync(Path.GetDirectoryName(Path.GetFullPath(args.ChecklistPath))!);
        var blanks = BlankValues.Fill(plan, TimeProvider.System.GetLocalNow(), Environment.UserName, commit, field => Ask(console, field));
        var variables = new Dictionary<string, string>(blanks, StringComparer.Ordinal);
        foreach (var (name, value) in plan.Settings.Concat(args.Variables))
        {
            variables[name] = value;
        }
        return (new MarkdownRunInput(plan, source, variables, interactive), null);
    }

    public LoadResult Load(string path, LoadSettings settings) =>
        ChecklistLoader.LoadText(Plan.Yaml, path, Path.GetFullPath(path), CheckKinds.All, settings);

    /// <summary>Writes the filled-in checklist over the file: a temporary file beside it, then a rename.</summary>
    public static async Task WriteInPlaceAsync(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        await File.WriteAllTextAsync(temporary, text);
        File.Move(temporary, full, overwrite: true);
    }

    private static async Task<string?> HeadCommitAsync(string folder)
    {
        var (repository, _) = await GitRepository.OpenAsync(folder, CancellationToken.None);
        return repository is null ? null : await repository.HeadCommitAsync(CancellationToken.None) is { } head ? head[..Math.Min(12, head.Length)] : null;
    }

    // A blank of no known kind is asked for at a terminal; without one it stays blank.
    private static string? Ask(CliConsole console, BlankField field)
    {
        if (!console.IsInteractive)
        {
            return null;
        }
        console.Error.Write($"  ? {field.Label} (line {field.Line}): ");
        return Console.In.ReadLine();
    }
}
