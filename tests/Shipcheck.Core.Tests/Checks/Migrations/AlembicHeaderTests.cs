using Shipcheck.Core.Checks.Migrations.Alembic;

namespace Shipcheck.Core.Tests.Checks.Migrations;

public sealed class AlembicHeaderTests
{
    private static AlembicHeader Parse(string text) => AlembicHeader.Parse(text.Split('\n'));

    [Fact]
    public void Reads_the_plain_form_that_alembic_revision_writes()
    {
        var header = Parse("\"\"\"add email\n\nRevision ID: 1975ea83b712\nRevises: ae1027a6acf\n\"\"\"\nfrom alembic import op\n\nrevision = '1975ea83b712'\ndown_revision = 'ae1027a6acf'\nbranch_labels = None\n");

        Assert.Null(header.Error);
        Assert.Equal("1975ea83b712", header.Revision);
        Assert.Equal(["ae1027a6acf"], header.DownRevisions);
        Assert.Equal(8, header.Line);
    }

    [Fact]
    public void Reads_the_annotated_form_of_newer_templates_and_a_base_revision()
    {
        var header = Parse("revision: str = \"ae1027a6acf\"\ndown_revision: Union[str, Sequence[str], None] = None  # base\n");

        Assert.Equal("ae1027a6acf", header.Revision);
        Assert.Empty(header.DownRevisions);
    }

    [Theory]
    [InlineData("down_revision = ('a1', 'b2')")]
    [InlineData("down_revision = ['a1', \"b2\",]")]
    [InlineData("down_revision = 'a1', 'b2'")]
    [InlineData("down_revision: Union[str, Sequence[str], None] = (\n    'a1',  # first branch\n    'b2',\n)")]
    public void Reads_the_parents_of_a_merge_revision(string down)
    {
        var header = Parse($"revision = 'm3'\n{down}\n");

        Assert.Null(header.Error);
        Assert.Equal(["a1", "b2"], header.DownRevisions);
    }

    [Fact]
    public void Ignores_the_docstring_and_indented_assignments()
    {
        var header = Parse("\"\"\"\nrevision = 'in-docstring'\n\"\"\"\ndef upgrade():\n    revision = 'local'\nrevision = 'real'\ndown_revision = None\n");

        Assert.Equal("real", header.Revision);
    }

    [Fact]
    public void A_value_that_needs_python_to_compute_is_an_error_naming_the_line()
    {
        var header = Parse("import os\nrevision = os.environ['REV']\n");

        Assert.Null(header.Revision);
        Assert.Equal(2, header.Line);
        Assert.StartsWith("revision is not a string, None, or a tuple or list of strings", header.Error);
    }

    [Fact]
    public void A_file_without_a_revision_has_none() =>
        Assert.Null(Parse("def helper():\n    return 1\n").Revision);

    [Fact]
    public void An_unclosed_tuple_stops_after_a_bounded_number_of_lines()
    {
        var header = Parse("revision = 'x'\ndown_revision = (\n" + string.Concat(Enumerable.Repeat("'a',\n", 5000)));

        Assert.NotNull(header.Error);
    }
}
