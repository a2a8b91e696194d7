using System.CommandLine;
using Shipcheck.Core.Checklists.Schema;

namespace Shipcheck.Cli.Commands;

/// <summary><c>shipcheck schema</c>: print the checklist JSON Schema (the same as schema/shipcheck.schema.json).</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("schema", "Print the JSON Schema of the checklist format, for editors.");
        command.SetAction(async _ =>
        {
            await console.Out.WriteAsync(ChecklistSchema.Generate());
            return ExitCodes.Ok;
        });
        return command;
    }
}
