using System.CommandLine;
using Shipcheck.Cli.Rendering;
using Shipcheck.Core.Gates;

namespace Shipcheck.Cli.Commands;

/// <summary>
/// <c>shipcheck signoffs RUN</c>: who has signed off for a run and who is still missing, counted the way the run counts
/// them (bound to its version and commit, four-eyes, one person one role).
/// </summary>
internal static class SignoffsCommand
{
    public static Command Create(CliConsole console)
    {
        var run = new Argument<string>("RUN") { Description = "The run (id or unique prefix; the waiting or blocked message names it)." };
        var json = CommonOptions.Json();
        var store = CommonOptions.Store();
        var checklist = CommonOptions.Checklist();
        var command = new Command("signoffs", "Show a run's sign-offs: each point of its checklist with who signed, who is missing, " +
            "and sign-offs that do not count (four-eyes). Exit 0.")
        {
            run, json, store, checklist,
        };
        command.SetAction(async parse =>
        {
            await using var runs = await GateCommandSupport.OpenExistingAsync(console, parse.GetValue(store), parse.GetValue(checklist));
            var id = parse.GetRequiredValue(run);
            var record = await runs.GetRunAsync(id) ?? throw CliUsageException.RunNotFound(id, runs.FilePath);
            var binding = new SignoffBinding(record.Service, record.Environment, record.Version, await runs.GetRunCommitAsync(record.Id));
            var given = await runs.SignoffsForAsync(binding);
            var points = GateCommandSupport.ChecklistOf(record.ChecklistPath)?.Signoffs;
            await SignoffsRenderer.WriteAsync(console.Out, record, binding, points, given, parse.GetValue(json));
            return ExitCodes.Ok;
        });
        return command;
    }
}
