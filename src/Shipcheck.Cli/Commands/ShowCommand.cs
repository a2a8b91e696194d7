using System.CommandLine;
using Shipcheck.Cli.Hosting;
using Shipcheck.Cli.Rendering;
using Shipcheck.Core.Reports;

namespace Shipcheck.Cli.Commands;

/// <summary><c>shipcheck show RUN</c>: one run, every step with its evidence.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("RUN") { Description = "The run id, or a unique prefix of it (see `shipcheck history`)." };
        var json = CommonOptions.Json();
        var store = CommonOptions.Store();
        var checklist = CommonOptions.Checklist();
        var command = new Command("show", "Show one run: its verdict and every step with observations and evidence.") { id, json, store, checklist };
        command.SetAction(async parse =>
        {
            var run = await RunLookup.FindAsync(console, parse.GetRequiredValue(id), parse.GetValue(store), parse.GetValue(checklist));
            if (parse.GetValue(json))
            {
                await console.Out.WriteAsync(RunReports.Find("json")!.Render(run));
            }
            else
            {
                await RunDetailRenderer.WriteAsync(console.Out, console.ColorOut, run);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
