using System.CommandLine;
using Shipcheck.Cli.Hosting;
using Shipcheck.Cli.Rendering;
using Shipcheck.Core.Gates.Locks;

namespace Shipcheck.Cli.Commands;

/// <summary><c>shipcheck lock list</c> and <c>shipcheck lock release NAME --reason R</c>: the run locks in a store.</summary>
internal static class LockCommand
{
    public static Command Create(CliConsole console) =>
        new("lock", "Show or release the locks runs take with lock: in a checklist.") { List(console), Release(console) };

    private static Command List(CliConsole console)
    {
        var json = CommonOptions.Json();
        var history = new Option<bool>("--history") { Description = "Also list the last 20 lock events (taken, released, reclaimed, released by hand)." };
        var store = CommonOptions.Store();
        var checklist = CommonOptions.Checklist();
        var command = new Command("list", "List the locks held now: by which run, user, host and pid, since when, and whether the holder looks dead.")
        {
            json, history, store, checklist,
        };
        command.SetAction(async parse =>
        {
            await using var locks = Open(console, parse.GetValue(store), parse.GetValue(checklist));
            var held = await locks.ListAsync();
            var events = parse.GetValue(history) ? await locks.EventsAsync(null, 20) : null;
            await LockRenderer.WriteAsync(console.Out, held, events, parse.GetValue(json));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Release(CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "The lock, as written after lock: in the checklist." };
        var reason = new Option<string>("--reason") { Required = true, HelpName = "R", Description = "Why the lock is released by hand; recorded with who did it." };
        var user = new Option<string?>("--as") { HelpName = "NAME", Description = "Who releases it (default: the OS user)." };
        var store = CommonOptions.Store();
        var checklist = CommonOptions.Checklist();
        var command = new Command("release", "Release a lock whoever holds it (a runner that is stuck or gone); the release is recorded.")
        {
            name, reason, user, store, checklist,
        };
        command.SetAction(async parse =>
        {
            var lockName = parse.GetRequiredValue(name);
            var why = parse.GetRequiredValue(reason).Trim();
            if (why.Length == 0)
            {
                throw CliUsageException.EmptyReason("lock release");
            }
            await using var locks = Open(console, parse.GetValue(store), parse.GetValue(checklist));
            var holder = await locks.ForceReleaseAsync(lockName, why, parse.GetValue(user) ?? Environment.UserName)
                ?? throw CliUsageException.LockNotHeld(lockName);
            await console.Out.WriteLineAsync($"released lock '{lockName}', held by {holder.Describe()}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static SqliteRunLocks Open(CliConsole console, string? store, string? checklist) =>
        SqliteRunLocks.Open(StoreLocator.ForReading(store, checklist, console.GetEnvironment), TimeProvider.System);
}
