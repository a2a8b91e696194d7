using Shipcheck.Core.Checks.Runbook;

namespace Shipcheck.Core.Tests.Checks.Runbook;

public sealed class RunbookDocumentTests
{
    [Fact]
    public void Gives_headings_github_slugs_with_numbered_duplicates_and_korean_kept()
    {
        var document = RunbookDocument.Parse("# Health Check Procedures\n## 롤백 절차\n## Rollback (v2.0)!\n## Notes\n## Notes\n## `kubectl` & *Pods*\n");

        Assert.Equal(
            ["health-check-procedures", "롤백-절차", "rollback-v20", "notes", "notes-1", "kubectl--pods"],
            document.Headings.Select(h => h.Slug));
        Assert.Equal("kubectl & Pods", document.Headings[^1].Text);
    }

    [Fact]
    public void Finds_links_but_not_inside_code()
    {
        var document = RunbookDocument.Parse("See [deploy](docs/deploy.md#steps) and <https://example.test/x>.\n\n```\n[fake](nowhere.md)\n```\n\nInline `[also](fake.md)`.\n");

        Assert.Equal(["docs/deploy.md#steps", "https://example.test/x"], document.Links.Select(l => l.Url));
        Assert.Equal(1, document.Links[0].Line);
        Assert.DoesNotContain(document.ProseLines, l => l.Text.Contains("fake", StringComparison.Ordinal) && l.Line == 4);
    }

    [Theory]
    [InlineData("**Last Updated**: 2025-10-14")]
    [InlineData("**Last Updated:** 2025-10-14")]
    [InlineData("Last updated: 2025-10-14")]
    [InlineData("_Updated:_ 2025-10-14")]
    [InlineData("- Last-Updated 2025-10-14")]
    [InlineData("| Last updated | 2025-10-14 |")]
    public void Reads_the_last_updated_line_in_its_forms(string line)
    {
        var found = LastUpdatedLine.Find([(7, line)]);

        Assert.Equal((7, (DateOnly?)new DateOnly(2025, 10, 14)), found);
    }

    [Fact]
    public void Ignores_updated_in_prose_and_code()
    {
        var document = RunbookDocument.Parse("We updated 2024-01-01 things.\n\n```\nLast Updated: 2020-01-01\n```\n");

        Assert.Null(LastUpdatedLine.Find(document.ProseLines));
    }

    [Theory]
    [InlineData("1. Health Check Procedures", "health", true)]
    [InlineData("Healthchecks", "health", true)]
    [InlineData("Unhealthy hosts", "health", false)]
    [InlineData("3. 롤백절차", "롤백", true)]
    [InlineData("Rückgängig machen", "rückgängig", true)]
    public void Matches_section_names_at_the_start_of_a_word(string heading, string name, bool matches)
    {
        Assert.Equal(matches, SectionMatch.Mentions(heading, name));
    }
}
