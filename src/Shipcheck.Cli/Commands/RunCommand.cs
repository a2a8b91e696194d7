using System.CommandLine;
using Shipcheck.Cli.Hosting;

namespace Shipcheck.Cli.Commands;

/// <summary><c>shipcheck run FILE</c>: validate, then pre → deploy → verify → stability → post, rolling back on failure.</summary>
internal static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var file = CommonOptions.ChecklistFile();
        var version = CommonOptions.Version("The version to deploy; available as ${version}.");
        var vars = CommonOptions.Vars("Set a variable: --var name=value (repeatable).");
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan with variables resolved (secrets masked); run nothing." };
        var concurrency = new Option<int>("--concurrency") { HelpName = "N", Description = "How many verify checks run at once.", DefaultValueFactory = _ => 32 };
        concurrency.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError(CliUsageException.TooSmall("--concurrency", 1));
            }
        });
        var output = new Option<string>("--output") { Description = "text (default) or json: print the finished run record as JSON on stdout.", DefaultValueFactory = _ => "text" };
        output.AcceptOnlyFromAmong("text", "json");
        var store = CommonOptions.Store();
        var confirmAll = new Option<string?>("--confirm-all") { HelpName = "reason", Description = "Confirm every manual item without asking; the reason is recorded." };
        var noRollback = new Option<bool>("--no-rollback-on-interrupt") { Description = "On Ctrl-C or SIGTERM, stop without running rollback." };
        var overrideFreeze = new Option<string?>("--override") { HelpName = "reason", Description = "Deploy through a freeze that names an override role, once that role signed off (shipcheck approve); recorded as break-glass." };
        overrideFreeze.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string?>()))
            {
                result.AddError("--override needs a reason, such as --override \"hotfix for INC-42\"");
            }
        });
        var wait = CommonOptions.Duration("--wait", "How long to wait for the checklist's lock: before the run is blocked (exit 3), such as 10m. Default: do not wait.");
        var auto = new Option<bool>("--auto") { Description = "Markdown checklists: run every sh, bash, shell and console block without asking (other items need --confirm-all)." };
        var inPlace = new Option<bool>("--in-place") { Description = "Markdown checklists: write the filled-in checklist back over the file (it is always stored with the run)." };
        var mapping = new Option<string?>("--mapping") { HelpName = "FILE", Description = "Markdown checklists: heading rules tried before the built-in table, as for convert --mapping." };
        var sql = new Option<string?>("--sql-connection") { HelpName = "SECRET", Description = "Markdown checklists: the environment variable holding the database connection; sql blocks then run as sql steps." };
        var command = new Command("run", "Run a checklist: validate it, deploy, verify, watch, and roll back by itself on failure. " +
            "Exit codes: 0 succeeded, 1 rolled back (or a pre check failed), 2 invalid, 3 blocked by a gate, 4 rollback failed, 130 interrupted.")
        {
            file, version, vars, dryRun, concurrency, output, store, confirmAll, noRollback, overrideFreeze, wait, auto, inPlace, mapping, sql,
        };
        command.SetAction(parse => new RunHandler(console).RunAsync(new RunArguments
        {
            ChecklistPath = parse.GetRequiredValue(file),
            Version = parse.GetValue(version),
            Variables = RunArguments.ParseVars(parse.GetValue(vars) ?? []),
            DryRun = parse.GetValue(dryRun),
            Concurrency = parse.GetValue(concurrency),
            Json = parse.GetValue(output) == "json",
            StorePath = parse.GetValue(store),
            ConfirmAllReason = parse.GetValue(confirmAll),
            NoRollbackOnInterrupt = parse.GetValue(noRollback),
            OverrideReason = parse.GetValue(overrideFreeze)?.Trim(),
            LockWait = parse.GetValue(wait),
            Auto = parse.GetValue(auto),
            InPlace = parse.GetValue(inPlace),
            MappingPath = parse.GetValue(mapping),
            SqlConnection = parse.GetValue(sql),
        }));
        return command;
    }
}
