using System.CommandLine;
using Shipcheck.Cli.Commands;

namespace Shipcheck.Cli;

/// <summary>Builds the command tree and runs it; the one place that turns unexpected failures into exit codes.</summary>
public static class ShipcheckApp
{
    /// <summary>Parses <paramref name="args"/>, runs the command, and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var root = new RootCommand("Shipcheck: run deployment checklists the same way every time, roll back by itself, keep the record.")
        {
            RunCommand.Create(console),
            ValidateCommand.Create(console),
            HistoryCommand.Create(console),
            ShowCommand.Create(console),
            ReportCommand.Create(console),
            SchemaCommand.Create(console),
            PreflightCommand.Create(console),
            ReleaseCommand.Create(console),
            ManifestCommand.Create(console),
            SecretsScanCommand.Create(console),
            ConvertCommand.Create(console),
            FreezeCommand.Create(console),
            ApproveCommand.Create(console),
            SignoffsCommand.Create(console),
            LockCommand.Create(console),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync($"shipcheck: {error.Message}");
            }
            await console.Error.WriteLineAsync("Run `shipcheck --help` for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            // Shipcheck handles Ctrl-C and SIGTERM itself (rollback before exit), so the parser's handler is off.
            var invocation = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            return await parse.InvokeAsync(invocation);
        }
        catch (Exception e) when (e is CliUsageException or Core.Store.RunStoreException)
        {
            await console.Error.WriteLineAsync($"shipcheck: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await console.Error.WriteLineAsync($"shipcheck: unexpected error: {e.Message}");
            await console.Error.WriteLineAsync("This is a bug in Shipcheck; the run record, if any, is in the store. Please report it with the command you ran.");
            return ExitCodes.Failed;
        }
    }
}
