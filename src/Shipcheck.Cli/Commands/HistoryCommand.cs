using System.CommandLine;
using Shipcheck.Cli.Hosting;
using Shipcheck.Cli.Rendering;
using Shipcheck.Core.Store.Sqlite;

namespace Shipcheck.Cli.Commands;

/// <summary><c>shipcheck history</c>: the newest runs first.</summary>
internal static class HistoryCommand
{
    public static Command Create(CliConsole console)
    {
        var service = new Option<string?>("--service") { HelpName = "S", Description = "Only runs of this service." };
        var limit = new Option<int>("--limit") { HelpName = "N", Description = "How many runs to list.", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError(CliUsageException.TooSmall("--limit", 1));
            }
        });
        var json = CommonOptions.Json();
        var store = CommonOptions.Store();
        var checklist = CommonOptions.Checklist();
        var command = new Command("history", "List recorded runs, newest first.") { service, limit, json, store, checklist };
        command.SetAction(async parse =>
        {
            var path = StoreLocator.ForReading(parse.GetValue(store), parse.GetValue(checklist), console.GetEnvironment);
            await using var runs = await SqliteRunStore.OpenAsync(path);
            var list = await runs.ListRunsAsync(parse.GetValue(service), Math.Max(1, parse.GetValue(limit)));
            await HistoryRenderer.WriteAsync(console.Out, console.ColorOut, list, parse.GetValue(json));
            return ExitCodes.Ok;
        });
        return command;
    }
}
