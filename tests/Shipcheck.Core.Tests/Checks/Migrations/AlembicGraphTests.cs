using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Checks.Migrations;
using Shipcheck.Core.Checks.Migrations.Alembic;

namespace Shipcheck.Core.Tests.Checks.Migrations;

public sealed class AlembicGraphTests
{
    private static Migration Revision(string id, params string[] parents) => new(id, $"versions/{id}.py", [id], parents, 8);

    private static Finding Heads(AlembicGraph graph) => graph.Judge("versions").Single(f => f.Name == "alembic heads");

    [Fact]
    public void A_chain_has_one_head()
    {
        var graph = new AlembicGraph([Revision("c", "b"), Revision("a"), Revision("b", "a")]);

        Assert.Equal(["c"], graph.Heads);
        Assert.All(graph.Judge("versions"), f => Assert.Equal(FindingStatus.Pass, f.Status));
        Assert.Equal(["a", "b", "c"], graph.InOrder().Select(m => m.Id));
    }

    [Fact]
    public void Two_branches_are_two_heads_named_with_the_merge_command()
    {
        var graph = new AlembicGraph([Revision("a"), Revision("b", "a"), Revision("c", "a")]);

        var heads = Heads(graph);
        Assert.Equal(FindingStatus.Fail, heads.Status);
        Assert.Equal("2 heads: b, c; join them with `alembic merge heads` and commit the merge revision", heads.Message);
    }

    [Fact]
    public void A_merge_revision_joins_the_heads()
    {
        var graph = new AlembicGraph([Revision("a"), Revision("b", "a"), Revision("c", "a"), Revision("m", "b", "c")]);

        Assert.Equal(["m"], graph.Heads);
        Assert.Equal(["a", "b", "c"], graph.AppliedBy(["b", "c"]).Order());
    }

    [Fact]
    public void A_down_revision_that_does_not_exist_fails_at_its_file()
    {
        var graph = new AlembicGraph([Revision("a"), Revision("b", "gone")]);

        var missing = Assert.Single(graph.Judge("db/versions"), f => f.Name == "alembic revisions");
        Assert.Equal("b's down_revision 'gone' is not a revision in db/versions; restore that revision's file, or correct down_revision", missing.Message);
        Assert.Equal("versions/b.py:8", missing.Location);
    }

    [Fact]
    public void A_cycle_is_reported_and_every_walk_ends()
    {
        var graph = new AlembicGraph([Revision("a", "c"), Revision("b", "a"), Revision("c", "b"), Revision("d", "c")]);

        var findings = graph.Judge("versions");

        Assert.Contains(findings, f => f.Status == FindingStatus.Fail && f.Message.StartsWith("the revisions form a cycle: a → c → b → a", StringComparison.Ordinal));
        Assert.Equal(["d"], graph.Heads);
        Assert.Equal(4, graph.AppliedBy(["d"]).Count);
        Assert.Equal(4, graph.InOrder().Count);
    }

    [Fact]
    public void Only_a_cycle_means_no_head_at_all()
    {
        var graph = new AlembicGraph([Revision("a", "b"), Revision("b", "a")]);

        Assert.Empty(graph.Heads);
        Assert.Equal(FindingStatus.Fail, Heads(graph).Status);
    }

    [Fact]
    public void A_revision_declared_twice_fails()
    {
        var graph = new AlembicGraph([Revision("a"), Revision("a") with { File = "versions/copy.py" }]);

        Assert.Contains(graph.Judge("versions"), f => f.Message == "revision a is declared by both versions/a.py and versions/copy.py; give one of them a new revision id");
    }

    [Fact]
    public void A_long_chain_does_not_overflow_the_stack()
    {
        var chain = Enumerable.Range(0, 20_000).Select(i => Revision($"r{i}", i == 0 ? Array.Empty<string>() : [$"r{i - 1}"])).ToList();

        var graph = new AlembicGraph(chain);

        Assert.Equal(["r19999"], graph.Heads);
        Assert.DoesNotContain(graph.Judge("versions"), f => f.Status == FindingStatus.Fail);
    }
}
