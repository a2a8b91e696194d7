using System.CommandLine;
using Shipcheck.Cli.Hosting;
using Shipcheck.Cli.Rendering;
using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Engine;

namespace Shipcheck.Cli.Commands;

/// <summary><c>shipcheck validate FILE</c>: report every problem in a checklist, run nothing.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.ChecklistFile();
        var version = CommonOptions.Version("Validate as for run --version V (durations written with ${version} use it).");
        var vars = CommonOptions.Vars("Validate as for run --var name=value: durations written with ${name} use the value (repeatable).");
        var command = new Command("validate", "Check a checklist and report every problem at once; runs nothing. Exit 0 when valid, 2 when not.")
        {
            file, version, vars,
        };
        command.SetAction(async parse =>
        {
            var path = parse.GetRequiredValue(file);
            var request = new RunRequest { Version = parse.GetValue(version), Variables = RunArguments.ParseVars(parse.GetValue(vars) ?? []) };
            var result = ChecklistLoader.Load(path, LoadSettings.For(request, console.GetEnvironment));
            var problems = result.Success ? RunPreparation.OverrideProblems(result.Checklist!, request) : result.Problems;
            if (problems.Count > 0)
            {
                await DiagnosticsRenderer.WriteAsync(console.Error, problems);
                return VerdictExitCodes.Invalid;
            }
            var checklist = result.Checklist!;
            var steps = checklist.Phases.Values.SelectMany(p => p).SelectMany(StepNodes.Flatten).Count();
            var phases = string.Join(", ", checklist.Phases.Where(p => p.Value.Count > 0).Select(p => Names.Of(p.Key)));
            await console.Out.WriteLineAsync($"{path}: valid — {steps} steps in {phases}{(checklist.Stability is null ? "" : ", stability")}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
