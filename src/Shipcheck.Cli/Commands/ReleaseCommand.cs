using System.CommandLine;
using Shipcheck.Core.Releases;

namespace Shipcheck.Cli.Commands;

/// <summary><c>shipcheck release vX.Y.Z</c>: check, then tag the release (checkpoint version file, manifest, push).</summary>
internal static class ReleaseCommand
{
    public static Command Create(CliConsole console)
    {
        var version = new Argument<string>("VERSION") { Description = "The version, v1.2.3 or 1.2.3 (pre-release and build parts allowed)." };
        var push = new Option<bool>("--push") { Description = "Push the tag (and the commit release made) to the remote." };
        var notes = new Option<string?>("--notes") { HelpName = "FILE", Description = "The tag's message: this file's text (default: \"Release vX.Y.Z\")." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check and print what it would do; change nothing." };
        var branch = new Option<string?>("--branch") { HelpName = "NAME", Description = "The branch releases are made from (default: main or master)." };
        var remote = new Option<string>("--remote") { HelpName = "NAME", Description = "The remote --push pushes to.", DefaultValueFactory = _ => "origin" };
        var path = new Option<string>("--path") { HelpName = "DIR", Description = "A folder in the repository.", DefaultValueFactory = _ => "." };
        var checkpoints = new Option<string?>("--checkpoints") { HelpName = "DIR", Description = "The model checkpoints folder, from the top of the repository (default: checkpoints/ or models/ when it holds weights)." };
        var versionFile = new Option<string?>("--version-file") { HelpName = "NAME", Description = $"The checkpoints' version file (default: {CheckpointFolder.DefaultVersionFile})." };
        var prefix = new Option<string>("--tag-prefix") { HelpName = "TEXT", Description = "What the tag has before the version (\"\" for none).", DefaultValueFactory = _ => SemanticVersion.DefaultTagPrefix };
        var command = new Command("release", "Tag a release: checks the version, the branch and a clean tree, writes the checkpoints' version file, makes an annotated tag, writes the manifest. Exit 0 done, 1 refused or failed, 2 usage.")
        {
            version, push, notes, dryRun, branch, remote, path, checkpoints, versionFile, prefix,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new ReleaseRequest(parse.GetRequiredValue(version), parse.GetRequiredValue(path))
            {
                Push = parse.GetValue(push),
                NotesFile = parse.GetValue(notes),
                Branch = parse.GetValue(branch),
                Remote = parse.GetRequiredValue(remote),
                Checkpoints = parse.GetValue(checkpoints),
                VersionFile = parse.GetValue(versionFile),
                TagPrefix = parse.GetRequiredValue(prefix),
            };
            var (plan, refusal) = await ReleasePlanner.PlanAsync(request, cancellationToken);
            if (plan is null)
            {
                await console.Error.WriteLineAsync($"shipcheck release: {refusal!.Message}");
                return refusal.IsUsage ? ExitCodes.Usage : ExitCodes.Failed;
            }
            if (parse.GetValue(dryRun))
            {
                foreach (var line in plan.Describe())
                {
                    await console.Out.WriteLineAsync(line);
                }
                return ExitCodes.Ok;
            }
            var failure = await Releaser.RunAsync(plan, TimeProvider.System, console.Out.WriteLine, cancellationToken);
            if (failure is not null)
            {
                await console.Error.WriteLineAsync($"shipcheck release: {failure}");
                return ExitCodes.Failed;
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
