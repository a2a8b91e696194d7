using Shipcheck.Core.Toml;

namespace Shipcheck.Core.Tests.Toml;

/// <summary>gitleaks' own configs (shared/corpora/gitleaks): the default config of 3,200 lines and its test configs.</summary>
public sealed class GitleaksConfigTests
{
    [Fact]
    public void Reads_the_default_config_with_the_line_of_every_rule_and_its_id()
    {
        var path = SharedCorpora.Find(Path.Combine("gitleaks", "config", "gitleaks.toml")) ?? Skip();
        var lines = File.ReadAllLines(path);
        var ruleHeaders = Enumerable.Range(1, lines.Length).Where(n => lines[n - 1] == "[[rules]]").ToList();

        var config = TomlReader.ParseFile(path);
        var rules = config.GetTables("rules")!;

        Assert.Equal("gitleaks config", config.GetString("title"));
        Assert.Equal(ruleHeaders.Count, rules.Count);
        Assert.Equal(ruleHeaders, rules.Select(rule => rule.Line));
        Assert.Equal(ruleHeaders[0], config.LineOf("rules"));
        Assert.All(rules, rule => Assert.StartsWith($"id = \"{rule.GetString("id")}\"", lines[rule.LineOf("id") - 1], StringComparison.Ordinal));
        Assert.Equal(Array.IndexOf(lines, "[allowlist]") + 1, config.LineOf("allowlist"));
        Assert.Contains(@"gitleaks\.toml", config.GetTable("allowlist")!.GetStrings("paths")!);
    }

    [Fact]
    public void Reads_every_test_config_of_gitleaks()
    {
        var folder = SharedCorpora.Find(Path.Combine("gitleaks", "testdata", "config")) ?? Skip();
        var files = Directory.GetFiles(folder, "*.toml", SearchOption.AllDirectories);

        var read = files.Select(TomlReader.ParseFile).ToList();

        Assert.True(files.Length >= 40, $"only {files.Length} configs found");
        Assert.All(read, config => Assert.NotEmpty(config));
    }

    private static string Skip()
    {
        Assert.Skip("the gitleaks corpus (shared/corpora/gitleaks beside the repository) is not on this machine");
        return "";
    }
}
