using Shipcheck.Core.Engine;
using Shipcheck.Core.Markdown.Conversion;
using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Core.Tests.Markdown;

public sealed class PhaseMappingTests
{
    [Theory]
    [InlineData("📋 Pre-Deployment", Phase.Pre)]
    [InlineData("Pre-Deployment Phase", Phase.Pre)]
    [InlineData("Deployment Steps", Phase.Deploy)]
    [InlineData("🚀 Deployment", Phase.Deploy)]
    [InlineData("Step 4: Post-Deployment Verification (30 minutes)", Phase.Verify)]
    [InlineData("Post-Deployment Checklist", Phase.Verify)]
    [InlineData("🔄 5-Minute Stability Check", Phase.Stability)]
    [InlineData("❌ On Failure", Phase.Rollback)]
    [InlineData("Rollback Procedures", Phase.Rollback)]
    [InlineData("📊 Post-Deployment Actions", Phase.Post)]
    [InlineData("Post-Deployment Tasks", Phase.Post)]
    [InlineData("Rollback Plan", Phase.Pre)]
    [InlineData("배포 전 점검", Phase.Pre)]
    [InlineData("배포", Phase.Deploy)]
    [InlineData("배포 후 검증", Phase.Verify)]
    [InlineData("롤백 절차", Phase.Rollback)]
    [InlineData("Vor dem Deployment", Phase.Pre)]
    [InlineData("Bereitstellung", Phase.Deploy)]
    [InlineData("Überprüfung nach dem Deployment", Phase.Verify)]
    [InlineData("デプロイ前", Phase.Pre)]
    [InlineData("ロールバック手順", Phase.Rollback)]
    public void Maps_headings_in_any_language(string heading, Phase phase)
    {
        Assert.Equal(phase, PhaseMapping.Default.Match(heading)?.Phase);
    }

    [Theory]
    [InlineData("🔒 Deployment Policy Enforcement")]
    [InlineData("Document the Deployment")]
    [InlineData("Code Review")]
    public void Leaves_other_headings_unmapped(string heading)
    {
        Assert.Null(PhaseMapping.Default.Match(heading));
    }

    [Fact]
    public void Unmapped_headings_are_groups_and_a_rollback_detour_ends_at_the_next_top_heading()
    {
        var checklist = MarkdownReader.Read("## Deployment\n### Build\n## Rollback\n### Quick\n## Monitoring\n## Troubleshooting\n### Ports\n", "x.md");

        var phases = SectionPhases.Of(checklist, PhaseMapping.Default);

        Assert.Equal([(Phase.Deploy, false), (Phase.Deploy, false), (Phase.Rollback, false), (Phase.Rollback, false), (Phase.Deploy, false), (Phase.Deploy, true), (Phase.Deploy, true)],
            checklist.Sections.Select(s => (phases[s].Phase, phases[s].Reference)));
    }

    [Fact]
    public void A_mapping_file_puts_its_rules_first()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mapping-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "headings:\n  - text: Go-Live\n    phase: deploy\n  - text: Deployment Steps\n    phase: none\n    match: equals\n");
        try
        {
            var (rules, error) = PhaseMappingFile.Load(path);
            Assert.Null(error);
            var mapping = PhaseMapping.Default.With(rules!);

            Assert.Equal(Phase.Deploy, mapping.Match("🚀 Go-Live night")?.Phase);
            Assert.Null(mapping.Match("Deployment Steps")!.Phase);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_bad_mapping_file_names_the_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mapping-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "headings:\n  - text: Go-Live\n    phase: launch\n");
        try
        {
            Assert.Equal($"{path}:2: a rule needs 'text' and 'phase' (pre, deploy, verify, stability, post, rollback or none), and 'match' is contains or equals",
                PhaseMappingFile.Load(path).Error);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
