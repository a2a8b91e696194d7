using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Markdown.Conversion;
using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Core.Tests.Markdown;

public sealed class ConversionTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_seed_converts_to_a_checklist_the_loader_accepts(string seed)
    {
        var conversion = Convert(MarkdownReader.ReadFile(SeedFiles.Require(seed)).Checklist!);

        var loaded = Load(conversion.Yaml);

        Assert.True(loaded.Success, string.Join("\n", loaded.Problems.Select(p => p.ToString())) + "\n" + conversion.Yaml);
        Assert.Empty(loaded.Problems);
    }

    [Fact]
    public void Every_seed_with_a_sql_connection_still_loads()
    {
        var options = ConversionOptions.Default with { SqlConnectionSecret = "DB_URL" };
        foreach (var seed in new[] { "001", "003", "004" })
        {
            var conversion = Convert(MarkdownReader.ReadFile(SeedFiles.Require(seed)).Checklist!, options);
            var loaded = Load(conversion.Yaml);
            Assert.True(loaded.Success, string.Join("\n", loaded.Problems.Select(p => p.ToString())));
        }
    }

    [Fact]
    public void The_report_of_seed_000_says_what_is_automatic_and_what_stays_manual()
    {
        var conversion = Convert(MarkdownReader.ReadFile(SeedFiles.Require("000")).Checklist!);

        Snapshots.AssertMatches("Markdown/Expected/seed-000-conversion-report.md", conversion.Report.Replace(SeedFiles.Find("000")!, "000.md"));
    }

    [Fact]
    public void Seed_000_converts_into_its_phases_with_a_stability_window()
    {
        var converted = Convert(MarkdownReader.ReadFile(SeedFiles.Require("000")).Checklist!).Converted;

        Assert.Equal(TimeSpan.FromMinutes(5), converted.Stability!.Value.For);
        Assert.Equal(["🔄 5-Minute Stability Check"], converted.Stability.Value.Repeat);
        var verify = converted.Steps.Where(s => s.Phase == Phase.Verify && s.Kind == ConvertedKind.Run).ToList();
        Assert.Contains("stdout matches \"(?s)(.*?\\\\bUp\\\\b){5}\"", verify[0].Expect);
        Assert.Contains("stdout contains \"WebSocket Connected\"", verify[1].Expect);
        // "Rollback command prepared:" under "Rollback Plan" is prepared, not run: running it in pre would deploy the old commit.
        var prepared = Assert.Single(converted.Steps, s => s.Name == "Rollback command prepared:");
        Assert.Equal((Phase.Pre, ConvertedKind.Confirm), (prepared.Phase, prepared.Kind));
        Assert.Equal(["previous_commit_from_backup"], converted.Variables.Select(v => v.Name));
        Assert.DoesNotContain(converted.Steps, s => s.Group == "📝 Checklist Summary");
    }

    [Fact]
    public void The_stability_window_is_a_variable_so_a_run_can_watch_longer_or_shorter()
    {
        var conversion = Convert(MarkdownReader.ReadFile(SeedFiles.Require("000")).Checklist!);
        var path = Path.Combine(Path.GetTempPath(), "seed-000.yaml");

        var asWritten = ChecklistLoader.LoadText(conversion.Yaml, "seed-000.yaml", path, CheckKinds.All).Checklist!;
        var shortened = ChecklistLoader.LoadText(conversion.Yaml, "seed-000.yaml", path, CheckKinds.All, new LoadSettings
        {
            Variables = new Dictionary<string, string> { ["stability_window"] = "6s", ["stability_every"] = "2s" },
        }).Checklist!;

        Assert.Equal((TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(30)), (asWritten.Stability!.For, asWritten.Stability.Every));
        Assert.Equal((TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(2)), (shortened.Stability!.For, shortened.Stability.Every));
    }

    [Fact]
    public void Shell_fences_run_other_fences_stay_manual_and_sql_needs_a_connection()
    {
        var checklist = MarkdownReader.Read("""
            # Shop deployment checklist
            ## Deployment
            - [ ] Deploy
              ```bash
              ./deploy.sh
              ```
            - [ ] Apply config
              ```yaml
              replicas: 3
              ```
            - [ ] Check rows
              ```sql
              SELECT count(*) AS n FROM orders;
              ```
            - [ ] Console
              ```console
              $ echo one \
                two
              one two
              $ ls
              ```
            """, "shop.md");

        var manual = MarkdownConverter.Convert(checklist).Steps;
        var withDb = MarkdownConverter.Convert(checklist, ConversionOptions.Default with { SqlConnectionSecret = "SHOP_DB" });

        Assert.Equal([ConvertedKind.Run, ConvertedKind.Confirm, ConvertedKind.Confirm, ConvertedKind.Run], manual.Select(s => s.Kind));
        Assert.Equal("echo one \\\n  two\nls", manual[3].Body);
        Assert.Equal(ConvertedKind.Sql, withDb.Steps[2].Kind);
        Assert.Equal("SELECT count(*) AS n FROM orders", withDb.Steps[2].Body);
        Assert.Equal(["SHOP_DB"], withDb.Secrets);
        Assert.Equal("shop", withDb.Service);
        Assert.True(Load(YamlChecklistWriter.Write(withDb)).Success);
    }

    [Fact]
    public void A_boxless_runbook_converts_to_confirm_and_run_steps()
    {
        var checklist = MarkdownReader.Read("# Runbook\n## Deploy\n1. Announce the window\n2. **Restart**\n   ```sh\n   systemctl restart app\n   ```\n", "runbook.md");

        var steps = MarkdownConverter.Convert(checklist).Steps;

        Assert.Equal([(ConvertedKind.Confirm, "Announce the window"), (ConvertedKind.Run, "Restart")], steps.Select(s => (s.Kind, s.Name)));
        Assert.All(steps, s => Assert.Equal(Phase.Deploy, s.Phase));
    }

    [Fact]
    public void Shell_variables_and_commands_that_never_end_are_handled()
    {
        var checklist = MarkdownReader.Read("## Deploy\n- [ ] Vars\n  ```bash\n  echo ${HOME} $PATH\n  ```\n- [ ] Follow\n  ```bash\n  tail -f app.log\n  ```\n", "x.md");

        var steps = MarkdownConverter.Convert(checklist).Steps;

        Assert.Equal("echo $${HOME} $PATH", steps[0].Body);
        Assert.Equal(ConvertedKind.Confirm, steps[1].Kind);
        Assert.Contains("follows output without end", steps[1].ManualReason);
    }

    private static MarkdownConversion Convert(MarkdownChecklist checklist, ConversionOptions? options = null) => MarkdownConversion.Of(checklist, options);

    private static LoadResult Load(string yaml) =>
        ChecklistLoader.LoadText(yaml, "converted.yaml", Path.Combine(Path.GetTempPath(), "converted.yaml"), CheckKinds.All);
}
