using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Core.Tests.Markdown;

public sealed class MarkdownReaderTests
{
    private static MarkdownChecklist Read(string text, MarkdownReadOptions? options = null) => MarkdownReader.Read(text, "test.md", options);

    [Fact]
    public void Reads_every_box_form_with_its_state_and_line()
    {
        var checklist = Read("# Title\n\n- [ ] dash open\n- [x] dash ticked\n* [X] star ticked\n+ [ ] plus open\n\n1. [ ] ordered open\n2. [x] ordered ticked\n\n- ☐ glyph open\n- ☑ glyph ticked\n- ✅ emoji ticked\n");

        Assert.Equal(
            [("dash open", false, BoxKind.Task, 3), ("dash ticked", true, BoxKind.Task, 4), ("star ticked", true, BoxKind.Task, 5), ("plus open", false, BoxKind.Task, 6),
             ("ordered open", false, BoxKind.Task, 8), ("ordered ticked", true, BoxKind.Task, 9),
             ("glyph open", false, BoxKind.Glyph, 11), ("glyph ticked", true, BoxKind.Glyph, 12), ("emoji ticked", true, BoxKind.Glyph, 13)],
            checklist.Items.Select(i => (i.Text, i.Checked, i.Box, i.Line)));
        Assert.Equal("Title", checklist.Title);
        Assert.True(checklist.HasBoxes);
    }

    [Fact]
    public void List_items_without_a_box_are_no_items_when_the_file_has_boxes()
    {
        var checklist = Read("- [ ] a task\n- a note\n1. a numbered note\n");

        Assert.Equal("a task", Assert.Single(checklist.Items).Text);
    }

    [Fact]
    public void Nested_items_keep_their_parent()
    {
        var checklist = Read("- [ ] **Monitor metrics**\n  - [ ] Error rate < 0.1%\n  - [ ] Latency p99 < 200ms\n    - [ ] deeper\n- [ ] next\n");

        var items = checklist.Items;
        Assert.Equal(["Monitor metrics", "Error rate < 0.1%", "Latency p99 < 200ms", "deeper", "next"], items.Select(i => i.Text));
        Assert.Equal([null, 1, 1, 3, null], items.Select(i => i.Parent?.Line));
        Assert.Equal([0, 1, 1, 2, 0], items.Select(i => i.Depth));
    }

    [Fact]
    public void Task_like_lines_inside_code_blocks_are_not_tasks()
    {
        var checklist = Read("## Summary\n\n```\nPRE:\n- [ ] Code reviewed\n- [ ] Rollback plan ready\n```\n\n    - [ ] indented code\n\n- [ ] the only task\n");

        Assert.Equal("the only task", Assert.Single(checklist.Items).Text);
        Assert.Equal(2, checklist.CodeBlocks.Count);
    }

    [Fact]
    public void A_block_inside_an_item_belongs_to_it_and_one_under_a_heading_to_the_heading()
    {
        var checklist = Read("## Deploy\n\n```bash\n./deploy.sh\n```\n\n- [ ] **Backup**\n  ```bash\n  cp a b\n  ```\n- [ ] Done\n");

        var (heading, item) = (checklist.CodeBlocks[0], checklist.CodeBlocks[1]);
        Assert.Equal(("bash", "./deploy.sh", 3, null, "Deploy"), (heading.Language, heading.Text, heading.Line, heading.Item, heading.Section?.Text));
        Assert.Equal(("cp a b", 8, "Backup"), (item.Text, item.Line, item.Item?.Text));
        Assert.Same(heading, Assert.Single(checklist.Sections[0].CodeBlocks));
        Assert.Same(item, Assert.Single(checklist.Items[0].CodeBlocks));
    }

    [Fact]
    public void Reads_crlf_and_a_bom_with_the_same_lines()
    {
        var checklist = Read("\uFEFF# Title\r\n\r\n## Pre\r\n- [ ] first\r\n```bash\r\necho hi\r\n```\r\n");

        Assert.Equal("Title", checklist.Title);
        Assert.Equal(("Pre", 3), (checklist.Sections[0].Text, checklist.Sections[0].Line));
        Assert.Equal(("first", 4), (checklist.Items[0].Text, checklist.Items[0].Line));
        Assert.Equal("echo hi", checklist.CodeBlocks[0].Text);
    }

    [Fact]
    public void A_runbook_without_boxes_gives_its_numbered_steps_as_items()
    {
        var checklist = Read("# Runbook\n\n1. **Stop service**\n   ```bash\n   systemctl stop app\n   ```\n2. Copy the files\n   - a note, not a step\n3. Start service\n");

        Assert.False(checklist.HasBoxes);
        Assert.Equal(["Stop service", "Copy the files", "Start service"], checklist.Items.Select(i => i.Text));
        Assert.All(checklist.Items, i => Assert.Equal(BoxKind.None, i.Box));
        Assert.Equal("systemctl stop app", Assert.Single(checklist.Items[0].CodeBlocks).Text);
    }

    [Fact]
    public void Expected_lines_attach_to_the_block_before_them_in_prose_lists_and_comments()
    {
        var checklist = Read("""
            ```bash
            docker ps
            ```

            **Expected**: ALL 5 services Up

            ```bash
            curl http://x/health
            # Expected: {"status":"healthy"}
            ```

            **Expected output**:
            - Shows "Connected"
            - Shows "Flushed"

            예상: 오류 없음
            """);

        Assert.Equal([("ALL 5 services Up", 5, 1), ("{\"status\":\"healthy\"}", 9, 7), ("Shows \"Connected\"", 13, 7), ("Shows \"Flushed\"", 14, 7), ("오류 없음", 16, 7)],
            checklist.ExpectedLines.Select(e => (e.Text, e.Line, e.Block!.Line)));
    }

    [Fact]
    public void Expected_markers_are_configurable()
    {
        var options = MarkdownReadOptions.Default with { ExpectedMarkers = ["Soll"] };

        var checklist = Read("```sh\nls\n```\n\nSoll: drei Dateien\n\nExpected: ignored\n", options);

        Assert.Equal("drei Dateien", Assert.Single(checklist.ExpectedLines).Text);
    }

    [Fact]
    public void Blanks_have_a_label_and_a_kind()
    {
        var checklist = Read("""
            - [ ] Previous commit hash noted: `________________`
            **Deployment started at**: `__:__` KST
            **Deployed By:** _______________
            **Version:** ____
            - Engineer: `____________` Date: `____________`
            """);

        Assert.Equal(
            [("Previous commit hash noted", BlankKind.Commit, 1), ("Deployment started at", BlankKind.Time, 2), ("Deployed By", BlankKind.User, 3),
             ("Version", BlankKind.Other, 4), ("Engineer", BlankKind.User, 5), ("Date", BlankKind.Time, 5)],
            checklist.Blanks.Select(b => (b.Label, b.Kind, b.Line)));
        Assert.Same(checklist.Items[0], checklist.Blanks[0].Item);
    }

    [Fact]
    public void Repairs_mis_decoded_text_before_reading()
    {
        var checklist = Read("## ‚úÖ Post-Deployment Verification\n- [ ] `api-server`: Running ‚úÖ\n");

        Assert.Equal("✅ Post-Deployment Verification", checklist.Sections[0].Text);
        Assert.Equal("`api-server`: Running ✅", checklist.Items[0].Text);
        Assert.Equal(2, checklist.Repair.Repairs.Count);
    }

    [Fact]
    public void Headings_know_the_heading_above_them()
    {
        var checklist = Read("# T\n## A\n### A1\n#### A1a\n## B\n");

        Assert.Equal([null, "A", "A1", null], checklist.Sections.Select(s => s.Parent?.Text));
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var result = MarkdownReader.ReadFile("/nonexistent/CHECKLIST.md");

        Assert.Null(result.Checklist);
        Assert.Equal("/nonexistent/CHECKLIST.md: no such file; check the path", result.Error);
    }
}
