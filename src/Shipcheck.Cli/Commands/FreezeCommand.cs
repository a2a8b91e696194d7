using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Gates;

namespace Shipcheck.Cli.Commands;

/// <summary><c>shipcheck freeze start|end|list</c>: ad-hoc freezes, kept in the run store; a run they hold ends blocked (exit 3).</summary>
internal static class FreezeCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("freeze", "Ad-hoc freezes (an incident, a decision): while one is on, runs it covers are blocked (exit 3).");
        command.Subcommands.Add(Start(console));
        command.Subcommands.Add(End(console));
        command.Subcommands.Add(List(console));
        return command;
    }

    private static Command Start(CliConsole console)
    {
        var reason = new Option<string>("--reason") { HelpName = "TEXT", Description = "Why (\"incident INC-42\"); the blocked message shows it.", Required = true };
        var until = new Option<string?>("--until") { HelpName = "TIME", Description = "When it ends by itself: a duration from now (2h), or a time (2026-12-03T18:00+09:00). Default: when ended." };
        var service = new Option<string?>("--service") { HelpName = "S", Description = "Only runs of this service. Default: every service." };
        var env = new Option<string?>("--env") { HelpName = "E", Description = "Only runs in this environment. Default: every environment." };
        var who = new Option<string?>("--as") { HelpName = "NAME", Description = "Who starts it. Default: git's user.name, else the OS user." };
        var store = CommonOptions.Store();
        var checklist = CommonOptions.Checklist();
        var command = new Command("start", "Start a freeze now.") { reason, until, service, env, who, store, checklist };
        command.SetAction(async parse =>
        {
            var now = TimeProvider.System.GetLocalNow();
            var text = parse.GetRequiredValue(reason).Trim();
            if (text.Length == 0)
            {
                throw new CliUsageException("--reason is empty; say why runs are frozen, such as --reason \"incident INC-42\"");
            }
            var freeze = new AdHocFreeze
            {
                Reason = text,
                Service = parse.GetValue(service),
                Environment = parse.GetValue(env),
                StartedBy = Identity.Resolve(parse.GetValue(who), Environment.CurrentDirectory),
                StartedAt = now,
                Until = parse.GetValue(until) is { } u ? ParseUntil(u, now) : null,
            };
            await using var runs = await GateCommandSupport.OpenForWritingAsync(console, parse.GetValue(store), parse.GetValue(checklist));
            var id = await runs.StartFreezeAsync(freeze);
            await console.Out.WriteLineAsync($"freeze #{id} started: {(freeze with { Id = id }).Describe()}; end it with `shipcheck freeze end {id}`");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command End(CliConsole console)
    {
        var id = new Argument<long?>("ID") { Description = "The freeze to end (freeze list shows them). May be left out when only one is on.", Arity = ArgumentArity.ZeroOrOne };
        var who = new Option<string?>("--as") { HelpName = "NAME", Description = "Who ends it. Default: git's user.name, else the OS user." };
        var store = CommonOptions.Store();
        var checklist = CommonOptions.Checklist();
        var command = new Command("end", "End an ad-hoc freeze.") { id, who, store, checklist };
        command.SetAction(async parse =>
        {
            var now = TimeProvider.System.GetLocalNow();
            await using var runs = await GateCommandSupport.OpenExistingAsync(console, parse.GetValue(store), parse.GetValue(checklist));
            var active = await runs.ActiveFreezesAsync(now);
            var chosen = parse.GetValue(id) ?? (active.Count == 1 ? active[0].Id
                : throw new CliUsageException(active.Count == 0
                    ? "no freeze is on"
                    : $"{active.Count} freezes are on ({string.Join(", ", active.Select(f => $"#{f.Id} {f.Reason}"))}); name the one to end: shipcheck freeze end ID"));
            var by = Identity.Resolve(parse.GetValue(who), Environment.CurrentDirectory);
            if (!await runs.EndFreezeAsync(chosen, by, now))
            {
                throw new CliUsageException($"no freeze #{chosen} is on; `shipcheck freeze list` shows those that are");
            }
            await console.Out.WriteLineAsync($"freeze #{chosen} ended by {by}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliConsole console)
    {
        var json = CommonOptions.Json();
        var store = CommonOptions.Store();
        var checklist = CommonOptions.Checklist();
        var command = new Command("list", "List the ad-hoc freezes that are on.") { json, store, checklist };
        command.SetAction(async parse =>
        {
            var now = TimeProvider.System.GetLocalNow();
            await using var runs = await GateCommandSupport.OpenForWritingAsync(console, parse.GetValue(store), parse.GetValue(checklist));
            var active = await runs.ActiveFreezesAsync(now);
            if (parse.GetValue(json))
            {
                var rows = active.Select(f => new Dictionary<string, object?>
                {
                    ["id"] = f.Id,
                    ["reason"] = f.Reason,
                    ["service"] = f.Service,
                    ["environment"] = f.Environment,
                    ["started_by"] = f.StartedBy,
                    ["started_at"] = f.StartedAt,
                    ["until"] = f.Until,
                });
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
                return ExitCodes.Ok;
            }
            if (active.Count == 0)
            {
                await console.Out.WriteLineAsync("no ad-hoc freeze is on");
            }
            foreach (var freeze in active)
            {
                await console.Out.WriteLineAsync($"#{freeze.Id}  {freeze.Reason}  {freeze.Describe()}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary><c>--until</c>: a duration from now, or a date and time (with an offset, else in local time).</summary>
    private static DateTimeOffset ParseUntil(string text, DateTimeOffset now)
    {
        if (Durations.TryParse(text, out var duration) && duration > TimeSpan.Zero)
        {
            return now + duration;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var at) && at > now)
        {
            return at;
        }
        throw new CliUsageException($"--until '{text}' is not a duration (2h) or a time to come (2026-12-03T18:00+09:00)");
    }
}
