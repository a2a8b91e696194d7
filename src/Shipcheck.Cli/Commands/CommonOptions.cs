using System.CommandLine;

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

    public static Argument<string> ChecklistFile() => new("FILE") { Description = "The checklist (YAML)." };
}
