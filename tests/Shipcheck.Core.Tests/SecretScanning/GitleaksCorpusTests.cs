using Shipcheck.Core.SecretScanning.Rules;
using Shipcheck.Core.Toml;

namespace Shipcheck.Core.Tests.SecretScanning;

/// <summary>gitleaks' default config in the shared corpora (never copied here): every rule's regex must translate and compile.</summary>
public sealed class GitleaksCorpusTests
{
    [Fact]
    public void Every_regex_of_gitleaks_default_config_translates_and_compiles()
    {
        var config = CorpusFile("config/gitleaks.toml");
        if (config is null)
        {
            Assert.Skip("the gitleaks corpus (../shared/corpora/gitleaks) is not on this machine");
        }
        var table = TomlReader.Parse(File.ReadAllText(config), config);
        var rules = table.GetTables("rules")!;
        var failures = new List<string>();
        foreach (var rule in rules)
        {
            foreach (var key in new[] { "regex", "path" })
            {
                if (rule.TryGetValue(key, out var value) && value is string pattern)
                {
                    try
                    {
                        _ = RuleRegex.Parse(pattern);
                    }
                    catch (ArgumentException e)
                    {
                        failures.Add($"{rule["id"]}: {e.Message}");
                    }
                }
            }
        }
        Assert.Equal(222, rules.Count);
        Assert.Empty(failures);
    }

    private static string? CorpusFile(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Shipcheck.slnx")))
            {
                string[] candidates = [Path.Combine(folder.FullName, "..", "shared"), Path.Combine(folder.FullName, "..", "..", "shared")];
                return candidates.Select(s => Path.GetFullPath(Path.Combine(s, "corpora", "gitleaks", relative))).FirstOrDefault(File.Exists);
            }
        }
        return null;
    }
}
