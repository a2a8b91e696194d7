using System.Diagnostics;

namespace Shipcheck.Cli.Prompts;

/// <summary>Lets a person change a command before it runs; null when they gave up.</summary>
internal interface ICommandEditor
{
    Task<string?> EditAsync(string command, CancellationToken cancellationToken);
}

/// <summary>
/// <c>$VISUAL</c>, else <c>$EDITOR</c>, on a temporary file holding the command (as git does, through <c>sh -c</c>,
/// so an editor with arguments works); without either, one line typed at the prompt.
/// </summary>
internal sealed class TerminalCommandEditor(TextWriter output, TextReader input, Func<string, string?> environment) : ICommandEditor
{
    public async Task<string?> EditAsync(string command, CancellationToken cancellationToken)
    {
        var editor = new[] { "VISUAL", "EDITOR" }.Select(environment).FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));
        if (editor is null)
        {
            await output.WriteAsync("    new command (one line; set $EDITOR for more; Enter keeps it): ");
            var typed = await input.ReadLineAsync(cancellationToken);
            return string.IsNullOrWhiteSpace(typed) ? command : typed.Trim();
        }
        var file = Path.Combine(Path.GetTempPath(), $"shipcheck-edit-{Environment.ProcessId}-{Guid.NewGuid():N}.sh");
        try
        {
            await File.WriteAllTextAsync(file, command + "\n", cancellationToken);
            var start = new ProcessStartInfo("sh") { UseShellExecute = false };
            foreach (var argument in new[] { "-c", editor + " \"$1\"", "shipcheck-edit", file })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {editor}");
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                await output.WriteLineAsync($"    {editor} exited with {process.ExitCode}: the command is kept as it was");
                return null;
            }
            return (await File.ReadAllTextAsync(file, cancellationToken)).TrimEnd('\n', '\r');
        }
        finally
        {
            File.Delete(file);
        }
    }
}
