using Shipcheck.Core.SecretScanning.Rules;
using Shipcheck.Core.Toml;

namespace Shipcheck.Core.Tests.SecretScanning;

/// <summary>gitleaks' default config in the shared corpora (never copied here): every rule's regex must translate and compile.</summary>
public sealed class GitleaksCorpusTests
{
    [Fact]
    public void Every_regex_of_gitleaks_default_config_translates_and_compiles()
    {
        var config = SharedCorpora.Find("gitleaks/config/gitleaks.toml");
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
}
