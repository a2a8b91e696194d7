namespace Shipcheck.Cli;

/// <summary>Where the CLI writes and what it knows about its terminal; tests give it string writers.</summary>
/// <param name="Out">Standard output: results a script may read (JSON, reports, plans).</param>
/// <param name="Error">Standard error: progress, diagnostics and messages for a person.</param>
/// <param name="IsInteractive">True when a person sits at a terminal that can answer prompts.</param>
/// <param name="ColorOut">True when standard output may carry colors (a terminal, and NO_COLOR unset).</param>
/// <param name="ColorError">True when standard error may carry colors.</param>
/// <param name="GetEnvironment">Reads environment variables.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsInteractive, bool ColorOut, bool ColorError, Func<string, string?> GetEnvironment)
{
    /// <summary>The real console of this process.</summary>
    public static CliConsole FromProcess()
    {
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var ci = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        var interactive = !Console.IsInputRedirected && !Console.IsErrorRedirected && !ci;
        return new CliConsole(Console.Out, Console.Error, interactive,
            !noColor && !Console.IsOutputRedirected, !noColor && !Console.IsErrorRedirected, Environment.GetEnvironmentVariable);
    }
}
