namespace Shipcheck.Cli.Tests.Markdown;

/// <summary><c>shipcheck convert</c> through the real CLI: exit codes, and YAML that <c>validate</c> accepts.</summary>
public sealed class ConvertCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Seed_000_converts_with_exit_0_and_the_yaml_validates()
    {
        var markdown = _temp.Write("CHECKLIST.md", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Markdown", "Data", "seed-000.md")));

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "convert", markdown, "-o", "shipcheck.yaml", "--report", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("automatic", result.Stderr);
        Assert.StartsWith("# Conversion report", File.ReadAllText(_temp.PathOf("report.md")));
        var validate = await ShipcheckProcess.RunAsync(_temp.Path, null, "validate", "shipcheck.yaml");
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public async Task A_missing_file_or_writing_over_the_markdown_exits_2()
    {
        var missing = await ShipcheckProcess.RunAsync(_temp.Path, null, "convert", "nope.md");
        var markdown = _temp.Write("c.md", "# C\n\n- [ ] one\n");
        var overItself = await ShipcheckProcess.RunAsync(_temp.Path, null, "convert", markdown, "-o", markdown);

        Assert.True(missing.ExitCode == 2, missing.ToString());
        Assert.Contains("nope.md", missing.Stderr);
        Assert.True(overItself.ExitCode == 2, overItself.ToString());
        Assert.Contains("is the Markdown checklist itself", overItself.Stderr);
    }
}
