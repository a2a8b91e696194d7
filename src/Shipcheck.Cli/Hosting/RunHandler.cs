using Shipcheck.Cli.Prompts;
using Shipcheck.Cli.Rendering;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Gates.Locks;
using Shipcheck.Core.Reports;
using Shipcheck.Core.Store;
using Shipcheck.Core.Store.Sqlite;

namespace Shipcheck.Cli.Hosting;

/// <summary>Wires <c>shipcheck run</c>: load, prepare, then either print the plan or run and render. No run logic here.</summary>
internal sealed class RunHandler(CliConsole console)
{
    public async Task<int> RunAsync(RunArguments args)
    {
        MarkdownRunInput? markdown = null;
        if ((args.MappingPath ?? args.SqlConnection) is not null && !MarkdownRunInput.IsMarkdown(args.ChecklistPath))
        {
            await console.Error.WriteLineAsync($"shipcheck: --mapping and --sql-connection are for Markdown checklists (how their headings and sql blocks convert); "
                + $"{args.ChecklistPath} is YAML, whose phases and steps are written out");
            return VerdictExitCodes.Invalid;
        }
        if (MarkdownRunInput.IsMarkdown(args.ChecklistPath))
        {
            (markdown, var error) = await MarkdownRunInput.PrepareAsync(console, args);
            if (markdown is null)
            {
                await console.Error.WriteLineAsync($"shipcheck: {error}");
                return VerdictExitCodes.Invalid;
            }
        }
        var interactive = markdown?.Interactive == true;
        var request = new RunRequest
        {
            Version = args.Version,
            Variables = markdown?.Variables ?? args.Variables,
            MarkdownSource = markdown?.Source,
            // Offered blocks are asked one at a time, so an interactive run runs one step at a time, in the file's order.
            Concurrency = interactive ? 1 : Math.Max(1, args.Concurrency),
            NoRollbackOnInterrupt = args.NoRollbackOnInterrupt,
            OverrideReason = args.OverrideReason,
            LockWait = args.LockWait,
            User = Environment.UserName,
            Host = Environment.MachineName,
            ProcessId = Environment.ProcessId,
        };
        // Durations written with ${name} are resolved while loading, so the loader gets the run's --var and --version.
        var settings = LoadSettings.For(request, console.GetEnvironment);
        var loaded = markdown is not null ? markdown.Load(args.ChecklistPath, settings) : ChecklistLoader.Load(args.ChecklistPath, settings);
        if (!loaded.Success)
        {
            await DiagnosticsRenderer.WriteAsync(console.Error, loaded.Problems);
            return VerdictExitCodes.Invalid;
        }
        var prepared = RunPreparation.Prepare(loaded.Checklist!, request, console.GetEnvironment, TimeProvider.System);
        if (prepared.Problems.Count > 0)
        {
            await DiagnosticsRenderer.WriteAsync(console.Error, prepared.Problems);
            return VerdictExitCodes.Invalid;
        }
        if (args.DryRun)
        {
            await PlanRenderer.WriteAsync(console.Out, RunPlan.Build(prepared, TimeProvider.System.GetUtcNow()));
            return ExitCodes.Ok;
        }
        // Progress is for a person: on stdout normally, on stderr when stdout carries the JSON record.
        var progress = args.Json ? console.Error : console.Out;
        var color = args.Json ? console.ColorError : console.ColorOut;
        var storePath = StoreLocator.ForRun(args.StorePath, args.ChecklistPath, console.GetEnvironment);
        await using var store = await SqliteRunStore.OpenAsync(storePath);
        await using var locks = SqliteRunLocks.Open(storePath, TimeProvider.System);
        using var signals = new InterruptSignals(progress);
        var services = new RunnerServices(
            TimeProvider.System,
            store,
            new ConsoleRunObserver(progress, color, storePath) { ShowOutput = interactive },
            ConfirmationPrompts.For(console, args.ConfirmAllReason))
        {
            Locks = locks,
            Offer = markdown is { Interactive: true } input
                ? new MarkdownStepOffer(console.Error, Console.In, Environment.UserName, input.Plan,
                    new TerminalCommandEditor(console.Error, Console.In, console.GetEnvironment))
                : null,
        };
        var record = await new ChecklistRunner(services).RunAsync(prepared, signals.Interrupt, signals.Abort);
        if (args.Json)
        {
            await console.Out.WriteAsync(RunReports.Find("json")!.Render(record));
        }
        await RunSummaryRenderer.WriteAsync(progress, color, record, storePath);
        if (markdown is not null)
        {
            await WriteFilledInAsync(args, record, progress);
        }
        return VerdictExitCodes.For(record.Verdict);
    }

    private static async Task WriteFilledInAsync(RunArguments args, RunRecord record, TextWriter progress)
    {
        if (args.InPlace)
        {
            await MarkdownRunInput.WriteInPlaceAsync(args.ChecklistPath, FilledMarkdownChecklist.Render(record));
            await progress.WriteLineAsync($"filled in {args.ChecklistPath}");
        }
        else
        {
            await progress.WriteLineAsync($"the filled-in checklist: shipcheck report {record.Id} --format markdown ({args.ChecklistPath} is unchanged)");
        }
    }
}
