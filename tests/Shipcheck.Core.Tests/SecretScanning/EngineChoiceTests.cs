using Shipcheck.Core.SecretScanning.Config;
using Shipcheck.Core.SecretScanning.Rules;
using Shipcheck.Core.SecretScanning.Scanning;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.SecretScanning;

/// <summary>
/// A rule's existence check starts on the interpreting regex engine and moves to the non-backtracking one when the
/// interpreter has cost enough or one window ran too long; which engine answers must never change a finding.
/// </summary>
public sealed class EngineChoiceTests
{
    [Fact]
    public void A_rule_moves_to_the_linear_engine_once_interpreted_matching_has_cost_its_budget()
    {
        // Each reading of this clock is 10 ms after the one before: every match "costs" 10 ms.
        var check = new ExistenceCheck(RuleRegex.Parse("key=[a-z]+"), new SteppingClock(TimeSpan.FromMilliseconds(10)), TimeSpan.FromMilliseconds(20));
        Assert.True(check.IsMatch("key=abc"));
        Assert.False(check.Linear);
        Assert.False(check.IsMatch("key=123"));
        Assert.False(check.Linear); // 20 ms: at the budget, not over it
        Assert.True(check.IsMatch("xkey=abc"));
        Assert.True(check.Linear);
        Assert.True(check.IsMatch("key=q"));
        Assert.False(check.IsMatch("nothing"));
    }

    [Fact]
    public void A_window_the_interpreter_cannot_finish_in_time_is_answered_by_the_linear_engine()
    {
        // Nested quantifiers over one letter: the interpreter tries every split of the x's (2^n ways) before it
        // fails, so a line of 40 x's would take it years; the linear engine answers at once.
        var check = new ExistenceCheck(RuleRegex.Parse("(x+x+)+y"), TimeProvider.System, TimeSpan.FromHours(1));
        Assert.False(check.IsMatch(new string('x', 40)));
        Assert.True(check.Linear);
        Assert.True(check.IsMatch(new string('x', 40) + "y"));
    }

    [Fact]
    public void An_interpreter_budget_of_zero_starts_on_the_linear_engine()
    {
        var check = new ExistenceCheck(RuleRegex.Parse("key"), TimeProvider.System, TimeSpan.Zero);
        Assert.True(check.Linear);
        Assert.True(check.IsMatch("a key"));
    }

    [Fact]
    public async Task The_default_rules_find_the_same_with_either_engine()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("app.py"), $"import os\n\nkey_id = \"{PlantedSecrets.AwsKey}\"\necho {PlantedSecrets.GithubToken}\n");
        File.WriteAllText(folder.File("notes.md"), "The key is not here; the token neither.\n" + string.Concat(Enumerable.Repeat("api key token secret password\n", 200)));
        var (interpreted, linear) = (await ScanAsync(folder.Path, null, TimeSpan.MaxValue), await ScanAsync(folder.Path, null, TimeSpan.Zero));
        Assert.Equal(["aws-access-key-id", "github-pat"], interpreted.Select(f => f.Split(' ')[0]).Order());
        Assert.Equal(interpreted, linear);
    }

    [Fact]
    public async Task Gitleaks_default_config_finds_the_same_in_its_test_data_with_either_engine()
    {
        var (config, data) = (SharedCorpora.Find("gitleaks/config/gitleaks.toml"), SharedCorpora.Find("gitleaks/testdata"));
        if (config is null || data is null)
        {
            Assert.Skip("the gitleaks corpus (../shared/corpora/gitleaks) is not on this machine");
        }
        var (interpreted, linear) = (await ScanAsync(data, config, TimeSpan.MaxValue), await ScanAsync(data, config, TimeSpan.Zero));
        Assert.NotEmpty(interpreted);
        Assert.Equal(interpreted, linear);
    }

    // Each finding as a comparable line: rule, place, redacted secret.
    private static async Task<List<string>> ScanAsync(string path, string? config, TimeSpan budget)
    {
        var request = new SecretScanRequest(path)
        {
            Rules = config is null ? null : GitleaksConfig.Load(config),
            InterpreterBudget = budget,
        };
        var report = await SecretScanner.ScanAsync(request, CancellationToken.None);
        return [.. report.Findings.Select(f => $"{f.RuleId} {f.File}:{f.StartLine}:{f.StartColumn}-{f.EndLine}:{f.EndColumn} {f.Secret} {f.Match}")];
    }

    private sealed class SteppingClock(TimeSpan step) : TimeProvider
    {
        private long _now;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _now += step.Ticks;
    }
}
