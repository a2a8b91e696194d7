using Shipcheck.Core.Markdown.Repair;

namespace Shipcheck.Core.Tests.Markdown;

public sealed class MojibakeRepairTests
{
    [Fact]
    public void Repairs_utf8_read_as_mac_roman()
    {
        var result = MojibakeRepair.Repair("**Policy**: No deployment is complete without this checklist ‚úÖ  ");

        Assert.Equal("**Policy**: No deployment is complete without this checklist ✅  ", result.Text);
        var repair = Assert.Single(result.Repairs);
        Assert.Equal((1, "‚úÖ", "✅", "Mac Roman"), (repair.Line, repair.Before, repair.After, repair.CodePage));
        Assert.Empty(result.Unrepaired);
    }

    [Fact]
    public void Repairs_a_four_byte_emoji_whose_first_byte_mac_roman_shows_as_the_apple_logo()
    {
        Assert.Equal("## 📋 Pre-Deployment", MojibakeRepair.Repair("## \uF8FFüìã Pre-Deployment").Text);
    }

    [Fact]
    public void Repairs_utf8_read_as_windows_1252()
    {
        var result = MojibakeRepair.Repair("# ìµœì¢…");

        Assert.Equal("# 최종", result.Text);
        Assert.Equal("Windows-1252", Assert.Single(result.Repairs).CodePage);
    }

    [Fact]
    public void Repairs_utf8_read_as_windows_1254()
    {
        var result = MojibakeRepair.Repair("## ğŸš€ Complete Workflow");

        Assert.Equal("## 🚀 Complete Workflow", result.Text);
        Assert.Equal("Windows-1254", Assert.Single(result.Repairs).CodePage);
    }

    [Fact]
    public void Keeps_a_character_that_lost_a_byte_and_reports_it()
    {
        // 모두 is EB AA A8 EB 91 90; Windows-1252 has no 0x90, so the tool that saved it dropped that byte.
        var result = MojibakeRepair.Repair("ëª¨ë‘ done");

        Assert.Equal("모ë‘ done", result.Text);
        var kept = Assert.Single(result.Unrepaired);
        Assert.Equal((1, "ë‘"), (kept.Line, kept.Text));
    }

    [Fact]
    public void Reports_a_run_where_nothing_decodes_but_a_character_was_cut_short()
    {
        // 📁 is F0 9F 93 81; 0x81 was lost.
        var result = MojibakeRepair.Repair("## ğŸ“ Created Files");

        Assert.Equal("## ğŸ“ Created Files", result.Text);
        Assert.Empty(result.Repairs);
        Assert.Equal("ğŸ“", Assert.Single(result.Unrepaired).Text);
    }

    [Theory]
    [InlineData("최종 사전 점검 시스템: 배포 전 확인")]
    [InlineData("Größe, Übermaß, Äpfel, Öl, süß — „Anführung“ und «Guillemets»")]
    [InlineData("naïve café déjà vu, Noël, São Paulo, façade")]
    [InlineData("✅ done ❌ failed 🚀 📋 ✓ → ≥ 32 chars … ½ °C ±5 © ®")]
    [InlineData("デプロイ前の確認 / 日本語のテキスト")]
    public void Leaves_real_text_in_any_language_unchanged(string text)
    {
        var result = MojibakeRepair.Repair(text);

        Assert.Equal(text, result.Text);
        Assert.True(result.Clean, string.Join(", ", result.Repairs.Select(r => $"{r.Before}→{r.After}")) + string.Join(", ", result.Unrepaired.Select(u => u.Text)));
    }

    [Fact]
    public void Repairs_each_run_of_a_line_and_keeps_line_numbers()
    {
        var result = MojibakeRepair.Repair("first\r\n**Prevent the \"deploy ‚Üí assume working ‚Üí breaks later\" cycle.**\r\nlast ✓");

        Assert.Equal("first\r\n**Prevent the \"deploy → assume working → breaks later\" cycle.**\r\nlast ✓", result.Text);
        Assert.Equal([2, 2], result.Repairs.Select(r => r.Line));
    }

    [Fact]
    public void Tries_only_the_code_pages_given()
    {
        Assert.Equal("‚úÖ", MojibakeRepair.Repair("‚úÖ", [LegacyCodePage.Windows1252]).Text);
    }
}
