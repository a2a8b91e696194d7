using Shipcheck.Core.SecretScanning;
using Shipcheck.Core.SecretScanning.Config;
using Shipcheck.Core.SecretScanning.Rules;
using Shipcheck.Core.SecretScanning.Scanning;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.SecretScanning;

public sealed class GitleaksConfigTests
{
    private static readonly string Token = PlantedSecrets.GithubToken;

    private const string TokenRule = """
        [[rules]]
        id = "gh"
        description = "GitHub token"
        regex = '''(ghp_[[:alnum:]]{36})'''
        secretGroup = 1
        keywords = ["GHP_"]
        tags = ["github"]

        """;

    [Fact]
    public void All_rules_of_gitleaks_default_config_load()
    {
        var config = SharedCorpora.Find("gitleaks/config/gitleaks.toml");
        if (config is null)
        {
            Assert.Skip("the gitleaks corpus (../shared/corpora/gitleaks) is not on this machine");
        }
        var set = GitleaksConfig.Load(config);
        Assert.Equal(222, set.Rules.Count);
        Assert.Equal(222, set.Rules.Select(r => r.Id).Distinct().Count());
        var global = Assert.Single(set.Allowlists);
        Assert.Contains("abcdefghijklmnopqrstuvwxyz", global.Stopwords);
        var generic = set.Rules.Single(r => r.Id == "generic-api-key");
        Assert.Equal(3.5, generic.Entropy);
        Assert.Contains("passwd", generic.Keywords);
        Assert.True(generic.Allowlists.Count >= 2);
        Assert.NotNull(set.Rules.Single(r => r.Id == "freemius-secret-key").Path);
        Assert.All(set.Rules, r => Assert.True(r.Regex is not null || r.Path is not null));
    }

    [Fact]
    public async Task Gitleaks_default_config_finds_a_planted_token_and_its_global_stopwords_allow()
    {
        var config = SharedCorpora.Find("gitleaks/config/gitleaks.toml");
        if (config is null)
        {
            Assert.Skip("the gitleaks corpus (../shared/corpora/gitleaks) is not on this machine");
        }
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("ci.sh"), $"export GH={Token}\n");
        File.WriteAllText(folder.File("alphabet.py"), "api_secret = \"abcdefghijklmnopqrstuvwxyz0123\"\n");
        var report = await SecretScanner.ScanAsync(new SecretScanRequest(folder.Path) { ConfigPath = config }, CancellationToken.None);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(("github-pat", "ci.sh", 1, 11), (finding.RuleId, finding.File, finding.StartLine, finding.StartColumn));
        Assert.Equal(222, report.RuleCount);
    }

    [Fact]
    public async Task Gitleaks_default_config_finds_the_keys_planted_in_the_corpus_nogit_tree()
    {
        var (config, tree) = (SharedCorpora.Find("gitleaks/config/gitleaks.toml"), SharedCorpora.Find("gitleaks/testdata/repos/nogit"));
        if (config is null || tree is null)
        {
            Assert.Skip("the gitleaks corpus (../shared/corpora/gitleaks) is not on this machine");
        }
        var report = await SecretScanner.ScanAsync(new SecretScanRequest(tree) { ConfigPath = config }, CancellationToken.None);
        var aws = report.Findings.Where(f => f.RuleId == "aws-access-token").Select(f => $"{f.File}:{f.StartLine}");
        Assert.Equal(["api.go:20", "main.go:20"], aws);
        Assert.All(report.Findings, f => Assert.EndsWith("…", f.Secret, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_valid_config_of_the_corpus_loads_and_every_invalid_one_names_its_line()
    {
        var folder = SharedCorpora.Find("gitleaks/testdata/config");
        if (folder is null)
        {
            Assert.Skip("the gitleaks corpus (../shared/corpora/gitleaks) is not on this machine");
        }
        // gitleaks' own tests resolve [extend] path from its cmd folder; Shipcheck resolves it from the config's
        // folder, so those configs cannot find their base here. useDefault means Shipcheck's rules, which have no
        // generic-api-key for allowlist_rule_extend_default.toml to extend.
        var valid = Directory.GetFiles(Path.Combine(folder, "valid"), "*.toml")
            .Where(f => !System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"path\s*=\s*""\.\./") && !f.EndsWith("allowlist_rule_extend_default.toml", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(15, valid.Count);
        Assert.All(valid, f => Assert.Equal(f, GitleaksConfig.Load(f).Source));
        var invalid = Directory.GetFiles(Path.Combine(folder, "invalid"), "*.toml");
        Assert.Equal(12, invalid.Length);
        Assert.All(invalid, f =>
        {
            var error = Assert.Throws<SecretScanException>(() => GitleaksConfig.Load(f));
            Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(f)}:\d+: .+; .+", error.Message);
        });
    }

    [Theory]
    [InlineData("[[rules]]\nid = \"a\"\nregex = '''(unclosed'''\n", 3, "the regex of rule 'a' does not compile")]
    [InlineData("[[rules]]\nid = \"a\"\nregex = 'x'\nkeywords = \"x\"\n", 4, "'keywords' must be an array of strings")]
    [InlineData("title = \"t\"\n\n[[rules]]\ndescription = \"no id\"\nregex = 'x'\n", 3, "has no id")]
    [InlineData("[[rules]]\nid = \"a\"\nregex = '(x)'\nsecretGroup = 2\n", 4, "secretGroup 2 but its regex has 1 group")]
    [InlineData("[[rules]]\nid = \"a\"\nregex = 'x'\n[[rules.allowlists]]\nregexTarget = \"mtach\"\nregexes = ['y']\n", 5, "regexTarget 'mtach'")]
    [InlineData("[[rules]]\nid = \"a\"\nregex = 'x'\nentropy = \"high\"\n", 4, "entropy high")]
    [InlineData("[[rules]]\nid = \"a\"\nregex = 'x\n", 3, "not valid TOML")]
    [InlineData("[extend]\nuseDefault = true\ndisabledRules = [\"jwt\"]\n[[allowlists]]\ntargetRules = [\"jwt\"]\npaths = ['x']\n", 5, "targetRules names 'jwt'")]
    public void An_invalid_config_names_its_file_line_and_what_to_do(string toml, int line, string problem)
    {
        using var folder = new TempFolder();
        var path = folder.File(".gitleaks.toml");
        File.WriteAllText(path, toml);
        var error = Assert.Throws<SecretScanException>(() => GitleaksConfig.Load(path));
        Assert.StartsWith($"{path}:{line}: ", error.Message);
        Assert.Contains(problem, error.Message);
        Assert.Contains("; ", error.Message[(path.Length + 1)..]);
    }

    [Fact]
    public async Task Rule_allowlists_by_path_stopword_line_regex_and_both_conditions_work_on_real_files()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File(".gitleaks.toml"), TokenRule + """
            [[rules.allowlists]]
            paths = ['''^fixtures/''']
            [[rules.allowlists]]
            regexTarget = "line"
            regexes = ['''#\s*test-only''']
            [[rules.allowlists]]
            condition = "AND"
            paths = ['''\.md$''']
            stopwords = ["k3j9"]
            """);
        Directory.CreateDirectory(folder.File("fixtures"));
        File.WriteAllText(folder.File("fixtures/a.txt"), Token + "\n");
        File.WriteAllText(folder.File("b.sh"), $"T={Token} # test-only\n");
        File.WriteAllText(folder.File("c.md"), $"`{Token}`\n");
        File.WriteAllText(folder.File("d.txt"), $"stopword only counts in .md: {Token}\n");
        var report = await SecretScanner.ScanAsync(new SecretScanRequest(folder.Path), CancellationToken.None);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(("gh", "d.txt", 1, 30, "GitHub token"), (finding.RuleId, finding.File, finding.StartLine, finding.StartColumn, finding.Description));
        Assert.Equal(["github"], finding.Tags);
        Assert.Equal(folder.File(".gitleaks.toml"), report.RulesSource);
    }

    [Fact]
    public async Task The_older_single_allowlist_tables_and_global_stopwords_allow()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("custom.toml"), """
            [allowlist]
            description = "global"
            stopwords = ["Z7VR4"]
            [[rules]]
            id = "gh"
            regex = '''ghp_[[:alnum:]]{36}'''
            [rules.allowlist]
            regexes = ['''^ghp_0''']
            """);
        File.WriteAllText(folder.File("a.txt"), $"{Token}\nghp_0{Token[5..]}\n{Token.Replace("Z7vR4", "Q1q1q", StringComparison.Ordinal)}\n");
        var report = await SecretScanner.ScanAsync(new SecretScanRequest(folder.Path) { ConfigPath = folder.File("custom.toml") }, CancellationToken.None);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(3, finding.StartLine);
    }

    [Fact]
    public void Extend_use_default_disables_rules_and_overrides_fields_of_a_rule_of_the_same_id()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("x.toml"), """
            [extend]
            useDefault = true
            disabledRules = ["jwt"]
            [[rules]]
            id = "gitlab-pat"
            description = "ours"
            keywords = ["extra"]
            [[rules]]
            id = "new-rule"
            regex = 'abc'
            """);
        var set = GitleaksConfig.Load(folder.File("x.toml"));
        Assert.Equal(DefaultRules.Set.Rules.Count, set.Rules.Count);
        Assert.DoesNotContain(set.Rules, r => r.Id == "jwt");
        var gitlab = set.Rules.Single(r => r.Id == "gitlab-pat");
        Assert.Equal(("ours", true), (gitlab.Description, gitlab.Regex is not null));
        Assert.Equal(["glpat-", "extra"], gitlab.Keywords);
        Assert.Equal("new-rule", set.Rules[^1].Id);
        Assert.Equal(DefaultRules.Set.Allowlists.Count, set.Allowlists.Count);
    }

    [Fact]
    public void Extend_path_is_relative_to_the_config_and_a_missing_base_is_named()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("base"));
        File.WriteAllText(folder.File("base/rules.toml"), TokenRule);
        File.WriteAllText(folder.File("a.toml"), "[extend]\npath = \"base/rules.toml\"\n[[rules]]\nid = \"gh\"\nentropy = 3\n");
        var rule = Assert.Single(GitleaksConfig.Load(folder.File("a.toml")).Rules);
        Assert.Equal(("gh", 3.0, 1), (rule.Id, rule.Entropy, rule.SecretGroup));
        File.WriteAllText(folder.File("b.toml"), "title = \"b\"\n[extend]\npath = \"nope.toml\"\n");
        var error = Assert.Throws<SecretScanException>(() => GitleaksConfig.Load(folder.File("b.toml")));
        Assert.StartsWith($"{folder.File("b.toml")}:3: [extend] path 'nope.toml'", error.Message);
    }
}
