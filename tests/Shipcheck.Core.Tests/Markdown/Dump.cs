using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Core.Tests.Markdown;

public sealed class DumpSeeds
{
    [Fact]
    public void Dump()
    {
        foreach (var n in new[] { "000", "001", "002", "003", "004" })
        {
            var c = MarkdownReader.ReadFile(SeedFiles.Require(n)).Checklist!;
            using var w = new StreamWriter($"/tmp/md-read-dump-{n}.txt");
            w.WriteLine($"title {c.Title} items {c.Items.Count} blocks {c.CodeBlocks.Count} boxes {c.HasBoxes}");
            foreach (var s in c.Sections) w.WriteLine($"S {s.Line} h{s.Level} {s.Text} (blocks {s.CodeBlocks.Count})");
            foreach (var i in c.Items) w.WriteLine($"I {i.Line} d{i.Depth} {(i.Checked ? "x" : " ")} {i.Box} {i.Text} [blocks {i.CodeBlocks.Count}] parent {i.Parent?.Line} sec {i.Section?.Line}");
            foreach (var b in c.CodeBlocks) w.WriteLine($"B {b.Line} {b.Language} item {b.Item?.Line} sec {b.Section?.Line} exp {b.Expected.Count}");
            foreach (var e in c.ExpectedLines) w.WriteLine($"E {e.Line} {e.Text} block {e.Block?.Line}");
            foreach (var b in c.Blanks) w.WriteLine($"K {b.Line} {b.Kind} '{b.Label}' item {b.Item?.Line}");
            foreach (var r in c.Repair.Repairs) w.WriteLine($"R {r.Line} {r.Before} -> {r.After} {r.CodePage}");
            foreach (var r in c.Repair.Unrepaired) w.WriteLine($"U {r.Line} {r.Text} {r.CodePage}");
        }
    }
}
