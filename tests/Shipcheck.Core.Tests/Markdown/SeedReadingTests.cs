using Shipcheck.Core.Engine;
using Shipcheck.Core.Markdown.Conversion;
using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Core.Tests.Markdown;

/// <summary>
/// The five seeds as read. The numbers were counted in the files by hand (boxes outside code fences, fence pairs) and
/// the phases follow the heading table: 000 has all six, 001 and 003 no stability, 002 no stability or post, 004 only
/// pre, deploy, verify (its "Post-Deployment") and rollback ("Rollback Procedures", "If Issues Occur").
/// </summary>
public sealed class SeedReadingTests
{
    [Theory]
    [InlineData("000", 36, 14, "pre deploy verify stability rollback post")]
    [InlineData("001", 52, 49, "pre deploy verify rollback post")]
    [InlineData("002", 21, 9, "pre deploy verify rollback")]
    [InlineData("003", 98, 28, "pre deploy verify rollback post")]
    [InlineData("004", 67, 17, "pre rollback deploy verify")]
    public void Each_seed_has_its_items_code_blocks_and_phases(string seed, int items, int blocks, string phases)
    {
        var checklist = Read(seed);

        Assert.Equal(items, checklist.Items.Count);
        Assert.Equal(blocks, checklist.CodeBlocks.Count);
        Assert.Equal(phases, string.Join(' ', SectionPhases.Distinct(checklist, PhaseMapping.Default).Select(Names.Of)));
    }

    [Fact]
    public void Seed_000_headings_come_back_with_their_emoji()
    {
        var checklist = Read("000");

        Assert.Equal("Deployment Checklist", checklist.Title);
        Assert.Equal(
            ["📋 Pre-Deployment", "🚀 Deployment", "✅ Post-Deployment Verification", "🔄 5-Minute Stability Check", "❌ On Failure",
             "📊 Post-Deployment Actions", "🔒 Deployment Policy Enforcement", "📝 Checklist Summary", "🔗 Related Documents"],
            checklist.Sections.Where(s => s.Level == 2).Select(s => s.Text));
        Assert.Empty(checklist.Repair.Unrepaired);
        Assert.Equal("`real-collector`: Running ✅", checklist.Items[12].Text);
    }

    [Fact]
    public void Seed_001_has_nothing_to_repair_and_its_lost_glyphs_stay_lost()
    {
        var checklist = Read("001");

        Assert.True(checklist.Repair.Clean);
        Assert.Equal(
            ["Pre-Deployment", "Deployment Steps", "Post-Deployment Verification", "Monitoring Setup", "Rollback Procedure", "Troubleshooting",
             "Success Criteria", "Post-Deployment Tasks"],
            checklist.Sections.Where(s => s.Level == 2).Select(s => s.Text));
        Assert.Equal([("Deployment Date", BlankKind.Time), ("Deployed By", BlankKind.User)], checklist.Blanks.Select(b => (b.Label, b.Kind)));
    }

    [Fact]
    public void Seed_002_arrows_and_emoji_are_repaired_in_prose_and_code()
    {
        var checklist = Read("002");

        Assert.Equal(
            ["The Pattern We're Preventing", "Pre-Deployment Checklist", "Deployment Steps", "Post-Deployment Checklist", "Health Check Template",
             "Rollback Procedure", "Maintenance Deployments", "Document the Deployment", "Summary"],
            checklist.Sections.Select(s => s.Text));
        Assert.Contains("print(\"🏥 Running health check...\")", checklist.CodeBlocks.Single(b => b.Language == "python").Text);
        Assert.Contains(checklist.Repair.Repairs, r => r.Line == 3 && r.After == "→" && r.CodePage == "Mac Roman");
        Assert.Equal(5, checklist.Sections.Single(s => s.Text == "Deployment Steps").CodeBlocks.Count);
    }

    [Fact]
    public void Seed_003_real_check_marks_are_left_alone()
    {
        var checklist = Read("003");

        Assert.True(checklist.Repair.Clean);
        Assert.Equal(36, checklist.Sections.Count);
        Assert.Equal("Signal Service V2 Deployment Checklist", checklist.Title);
        Assert.Contains("✓ Moneyness-based Greeks", checklist.CodeBlocks.Single(b => b.Line == 271).Text);
        Assert.Equal(["Error rate < 0.1%", "Latency p99 < 200ms", "CPU usage < 70%", "Memory usage < 80%"],
            checklist.Items.Where(i => i.Parent?.Text == "Monitor metrics (15 minutes)").Select(i => i.Text));
    }

    [Fact]
    public void Seed_004_korean_is_repaired_where_no_byte_was_lost()
    {
        var checklist = Read("004");

        Assert.Equal("Pre-Deployment Checklist (T-1)", checklist.Title);
        // 점 lost its 0x90 (its 0xA0 byte stays a no-break space; the space after it goes with the lost byte's repair attempt), 📁 its 0x81, 🎯 its 0x8E (none of them has a Windows code page character): kept as written.
        Assert.Equal(
            ["최종 사전 ì\u00A0검 시스템", "✅ Implementation Complete", "ğŸ“ Created Files", "🚀 Complete Workflow", "📋 Checklist Template",
             "ğŸ¯ Success Criteria", "🔗 Related Documentation", "ğŸ“ Support"],
            checklist.Sections.Where(s => s.Level <= 2).Select(s => s.Text));
        var first = checklist.Items.Single(i => i.Line == 12);
        Assert.True(first.Checked);
        // 델 (EB 8D B8), 크 (ED 81 AC) and 포 (ED 8F AC) lost their middle byte to cp1252, so they stay as written.
        Assert.Equal("릴리스 태그: vX.Y.Z + 모ë¸ 체í¬í¬ì¸트 tag í¬함", first.Text);
        Assert.Contains(checklist.Repair.Unrepaired, u => u.Line == 20 && u.Text == "ğŸ“");
    }

    private static MarkdownChecklist Read(string seed)
    {
        var result = MarkdownReader.ReadFile(SeedFiles.Require(seed));
        Assert.Null(result.Error);
        return result.Checklist!;
    }
}
