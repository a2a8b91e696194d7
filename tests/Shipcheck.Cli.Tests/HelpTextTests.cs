using Shipcheck.Core.Tests;

namespace Shipcheck.Cli.Tests;

/// <summary>
/// The help a user reads is kept in Expected/, so a change in wording is a visible diff. In-process, the program
/// name is the test host's; it is put back to `shipcheck`, the name the installed command has.
/// </summary>
public sealed class HelpTextTests
{
    [Theory]
    [InlineData("help.txt", new[] { "--help" })]
    [InlineData("run-help.txt", new[] { "run", "--help" })]
    [InlineData("validate-help.txt", new[] { "validate", "--help" })]
    [InlineData("history-help.txt", new[] { "history", "--help" })]
    [InlineData("report-help.txt", new[] { "report", "--help" })]
    [InlineData("release-help.txt", new[] { "release", "--help" })]
    [InlineData("approve-help.txt", new[] { "approve", "--help" })]
    [InlineData("freeze-start-help.txt", new[] { "freeze", "start", "--help" })]
    public async Task Help_text_matches_the_kept_copy(string expected, string[] args)
    {
        var output = new StringWriter();
        var console = new CliConsole(output, new StringWriter(), IsInteractive: false, ColorOut: false, ColorError: false, _ => null);

        var exit = await ShipcheckApp.RunAsync(args, console);

        Assert.Equal(0, exit);
        Snapshots.AssertMatches(Path.Combine("Expected", expected), output.ToString().Replace("Shipcheck.Cli.Tests", "shipcheck", StringComparison.Ordinal));
    }
}
