using Spectre.Console;

namespace Shipcheck.Cli.Rendering;

/// <summary>A Spectre console over a writer: markup and colors on a terminal, plain text everywhere else.</summary>
internal static class Terminal
{
    public static IAnsiConsole Over(TextWriter writer, bool color)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!color)
        {
            // Not a terminal (a log file, a pipe, CI): never wrap, so each line stays one greppable record.
            console.Profile.Width = PlainWidth;
        }
        return console;
    }

    private const int PlainWidth = 4096;
}
