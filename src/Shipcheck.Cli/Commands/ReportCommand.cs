using System.CommandLine;
using Shipcheck.Cli.Hosting;
using Shipcheck.Core.Reports;

namespace Shipcheck.Cli.Commands;

/// <summary><c>shipcheck report RUN --format json|markdown|junit</c>: render a recorded run.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("RUN") { Description = "The run id, or a unique prefix of it." };
        var format = new Option<string>("--format") { HelpName = "json|markdown|junit", Description = "json, markdown or junit.", DefaultValueFactory = _ => "markdown" };
        var output = new Option<string?>("--output", "-o") { HelpName = "FILE", Description = "Write to this file instead of stdout." };
        var store = CommonOptions.Store();
        var checklist = CommonOptions.Checklist();
        var command = new Command("report", "Render a recorded run as JSON, Markdown (deployment log + filled-in checklist) or JUnit XML.")
        {
            id, format, output, store, checklist,
        };
        command.SetAction(async parse =>
        {
            var name = parse.GetRequiredValue(format);
            var report = RunReports.Find(name) ?? throw CliUsageException.UnknownFormat(name, RunReports.All.Select(r => r.Format));
            var run = await RunLookup.FindAsync(console, parse.GetRequiredValue(id), parse.GetValue(store), parse.GetValue(checklist));
            var text = report.Render(run);
            if (parse.GetValue(output) is { } file)
            {
                try
                {
                    await File.WriteAllTextAsync(file, text);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw CliUsageException.CannotWrite(file, e.Message);
                }
                await console.Error.WriteLineAsync($"wrote {file}");
            }
            else
            {
                await console.Out.WriteAsync(text);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
