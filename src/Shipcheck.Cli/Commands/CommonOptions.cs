using System.CommandLine;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Cli.Commands;

/// <summary>Options several commands share, declared once so their names and help read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Store() => new("--store")
    {
        HelpName = "PATH",
        Description = "The run store (SQLite file). Default: SHIPCHECK_STORE, else .shipcheck/shipcheck.db beside the checklist.",
    };

    public static Option<string?> Checklist() => new("--checklist")
    {
        HelpName = "FILE",
        Description = "Find the store beside this checklist (its .shipcheck/shipcheck.db).",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of text." };

    public static Option<string?> Version(string description) => new("--version") { HelpName = "V", Description = description };

    public static Option<string[]> Vars(string description) => new("--var")
    {
        HelpName = "name=value",
        Description = description,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>A duration option written as in checklists (<c>10m</c>, <c>1h30m</c>); zero when not given.</summary>
    public static Option<TimeSpan> Duration(string name, string description) => new(name)
    {
        HelpName = "D",
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Durations.TryParse(text, out var duration) && duration >= TimeSpan.Zero)
            {
                return duration;
            }
            result.AddError($"{name} '{text}' is not a duration; write it like 30s, 10m or 1h");
            return TimeSpan.Zero;
        },
    };

    public static Argument<string> ChecklistFile() => new("FILE") { Description = "The checklist (YAML)." };
}
