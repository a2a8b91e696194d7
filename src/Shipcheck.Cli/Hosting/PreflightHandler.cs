using Shipcheck.Cli.Prompts;
using Shipcheck.Cli.Rendering;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Preflight;
using Shipcheck.Core.Store.Sqlite;

namespace Shipcheck.Cli.Hosting;

/// <summary>
/// Wires <c>shipcheck preflight</c>: load the built-in checks (or a checklist's pre phase), run them through the same
/// engine and store as a run, then render the report. No check logic here.
/// </summary>
internal sealed class PreflightHandler(CliConsole console)
{
    public async Task<int> RunAsync(PreflightArguments args)
    {
        var request = new RunRequest
        {
            Version = args.Version,
            Variables = args.Variables,
            User = Environment.UserName,
            Host = Environment.MachineName,
            ProcessId = Environment.ProcessId,
        };
        var settings = LoadSettings.For(request, console.GetEnvironment);
        LoadResult loaded;
        string checklistPath;
        if (args.ChecklistPath is { } file)
        {
            checklistPath = file;
            loaded = ChecklistLoader.Load(file, settings);
        }
        else
        {
            var root = Path.GetFullPath(args.RepositoryPath ?? Environment.CurrentDirectory);
            if (!Directory.Exists(root))
            {
                throw new CliUsageException($"--path {root} is not a folder; give the repository to check");
            }
            checklistPath = Path.Combine(root, PreflightChecklist.BuiltinFileName);
            var text = PreflightChecklist.Builtin(Path.GetFileName(root), args.Strict, args.Online);
            loaded = ChecklistLoader.LoadText(text, PreflightChecklist.BuiltinDisplayName, checklistPath, Core.Checks.CheckKinds.All, settings);
        }
        if (!loaded.Success)
        {
            await DiagnosticsRenderer.WriteAsync(console.Error, loaded.Problems);
            return VerdictExitCodes.Invalid;
        }
        var checklist = PreflightChecklist.PreOnly(loaded.Checklist!);
        if (checklist.StepsOf(Phase.Pre).Count == 0)
        {
            throw new CliUsageException($"{checklistPath} has no pre steps; preflight runs a checklist's pre phase (or, without --checklist, the built-in checks)");
        }
        var prepared = RunPreparation.Prepare(checklist, request, console.GetEnvironment, TimeProvider.System);
        if (prepared.Problems.Count > 0)
        {
            await DiagnosticsRenderer.WriteAsync(console.Error, prepared.Problems);
            return VerdictExitCodes.Invalid;
        }
        var storePath = StoreLocator.ForRun(args.StorePath, checklistPath, console.GetEnvironment);
        await using var store = await SqliteRunStore.OpenAsync(storePath);
        using var signals = new InterruptSignals(console.Error);
        // Progress goes to stderr: stdout is the report, which a person may redirect to a file or a ticket.
        var services = new RunnerServices(
            TimeProvider.System,
            store,
            new ConsoleRunObserver(console.Error, console.ColorError, storePath),
            ConfirmationPrompts.For(console, confirmAllReason: null));
        var record = await new ChecklistRunner(services).RunAsync(prepared, signals.Interrupt, signals.Abort);
        var order = checklist.StepsOf(Phase.Pre).SelectMany(Core.Checklists.StepNodes.Flatten).Select(s => s.Name).ToList();
        var result = PreflightResult.From(record, args.Strict, order);
        if (args.OutputPath is { } output)
        {
            await WriteAsync(output, PreflightJsonReport.Render(result));
        }
        await console.Out.WriteAsync(PreflightTextReport.Render(result));
        return record.Verdict == Verdict.Interrupted ? VerdictExitCodes.For(record.Verdict) : result.Passed ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static async Task WriteAsync(string path, string text)
    {
        try
        {
            await File.WriteAllTextAsync(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliUsageException.CannotWrite(path, e.Message);
        }
    }
}
