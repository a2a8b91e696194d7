using System.CommandLine;
using Shipcheck.Cli.Hosting;

namespace Shipcheck.Cli.Commands;

/// <summary><c>shipcheck preflight --version V</c>: the T-1 checks (release tag, migrations, secrets, artifacts, runbook) and their report.</summary>
internal static class PreflightCommand
{
    public static Command Create(CliConsole console)
    {
        var version = CommonOptions.Version("The version to release (vX.Y.Z); available as ${version}.");
        version.Required = true;
        var strict = new Option<bool>("--strict") { Description = "Warnings fail too (a stale runbook, a shallow clone)." };
        var output = new Option<string?>("--output") { HelpName = "FILE", Description = "Also write every check and item, with status and message, as JSON to FILE." };
        var checklist = new Option<string?>("--checklist")
        {
            HelpName = "FILE",
            Description = "Run the pre phase of this checklist instead of the five built-in checks.",
        };
        var path = new Option<string?>("--path") { HelpName = "DIR", Description = "The repository the built-in checks look at. Default: the current folder." };
        var online = new Option<bool>("--online") { Description = "Also check the runbook's http(s) links." };
        var vars = CommonOptions.Vars("With --checklist: set a variable, --var name=value (repeatable).");
        var store = CommonOptions.Store();
        var command = new Command("preflight", "Check a release before deploy day: the tag, the migrations, the secrets, the artifacts and " +
            "the runbook; prints a PASS / WARN / FAIL report. Exit codes: 0 passed, 1 failed, 2 usage or invalid checklist.")
        {
            version, strict, output, checklist, path, online, vars, store,
        };
        command.SetAction(parse => new PreflightHandler(console).RunAsync(new PreflightArguments
        {
            Version = parse.GetValue(version) ?? "",
            Strict = parse.GetValue(strict),
            OutputPath = parse.GetValue(output),
            ChecklistPath = parse.GetValue(checklist),
            RepositoryPath = parse.GetValue(path),
            Online = parse.GetValue(online),
            Variables = RunArguments.ParseVars(parse.GetValue(vars) ?? []),
            StorePath = parse.GetValue(store),
        }));
        return command;
    }
}
