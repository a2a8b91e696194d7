using System.CommandLine;
using Shipcheck.Core.Gates;
using Shipcheck.Core.Gates.Signoffs;

namespace Shipcheck.Cli.Commands;

/// <summary>
/// <c>shipcheck approve RUN --role R --as NAME</c>: a sign-off for a run, bound to its version and commit, so the
/// waiting run (or the next run of the same version and commit) counts it.
/// </summary>
internal static class ApproveCommand
{
    public static Command Create(CliConsole console)
    {
        var run = new Argument<string>("RUN") { Description = "The run to sign off for (id or unique prefix; the blocked or waiting message names it)." };
        var role = new Option<string>("--role") { HelpName = "R", Description = "The role signed for, as the checklist names it (\"QA Lead\").", Required = true };
        var who = new Option<string?>("--as") { HelpName = "NAME", Description = "Who signs. Default: git's user.name, else the OS user." };
        var comment = new Option<string?>("--comment") { HelpName = "TEXT", Description = "A note kept with the sign-off." };
        var store = CommonOptions.Store();
        var checklist = CommonOptions.Checklist();
        var command = new Command("approve", "Sign off for a run as a role. It counts for that run's version and commit only; " +
            "whoever started the run cannot sign unless the checklist says allow_self. Exit 0 recorded, 2 refused.")
        {
            run, role, who, comment, store, checklist,
        };
        command.SetAction(async parse =>
        {
            await using var runs = await GateCommandSupport.OpenExistingAsync(console, parse.GetValue(store), parse.GetValue(checklist));
            var id = parse.GetRequiredValue(run);
            var record = await runs.GetRunAsync(id) ?? throw CliUsageException.RunNotFound(id, runs.FilePath);
            var roleName = parse.GetRequiredValue(role).Trim();
            var name = Identity.Resolve(parse.GetValue(who), Environment.CurrentDirectory);
            var points = GatePointsOf(record.ChecklistPath);
            if (points is not null && !points.Any(p => p.Roles.Contains(roleName, StringComparer.OrdinalIgnoreCase)))
            {
                throw new CliUsageException($"the checklist of run {record.Id} asks no sign-off from '{roleName}'; " +
                    $"roles it names: {string.Join(", ", points.SelectMany(p => p.Roles).Distinct(StringComparer.OrdinalIgnoreCase))}");
            }
            var selfAllowed = points?.Any(p => p.AllowSelf && p.Roles.Contains(roleName, StringComparer.OrdinalIgnoreCase)) == true;
            if (SignoffTally.IsSame(name, record.User) && !selfAllowed)
            {
                throw new CliUsageException($"{name} started run {record.Id}, and four-eyes means someone else signs off for it " +
                    "(a checklist can allow it with allow_self: true)");
            }
            var binding = new SignoffBinding(record.Service, record.Environment, record.Version, await runs.GetRunCommitAsync(record.Id));
            await runs.AddSignoffAsync(new Signoff
            {
                RunId = record.Id,
                Binding = binding,
                Role = roleName,
                Name = name,
                Comment = parse.GetValue(comment),
                At = TimeProvider.System.GetLocalNow(),
            });
            var commit = binding.Commit is { Length: > 0 } c ? $" at commit {c[..Math.Min(12, c.Length)]}" : "";
            await console.Out.WriteLineAsync($"signed off as {roleName} ({name}) for {record.Service} {record.Version ?? "(no version)"}{commit}, run {record.Id}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The sign-off points and freeze override roles of the run's checklist as points; null when it cannot be loaded
    /// now (moved, or needing --var), in which case any role is accepted and the run's own count decides.
    /// </summary>
    private static List<SignoffPoint>? GatePointsOf(string checklistPath)
    {
        if (GateCommandSupport.ChecklistOf(checklistPath) is not { } checklist)
        {
            return null;
        }
        var overrides = checklist.Freezes.Where(f => f.Override is not null)
            .Select(f => new SignoffPoint { Before = SignoffMoment.Deploy, Roles = [f.Override!.Role], Required = 1 });
        return [.. checklist.Signoffs, .. overrides];
    }
}
