using Shipcheck.Core.Toml;

namespace Shipcheck.Core.Tests.Toml;

public sealed class TomlLineTests
{
    private const string Document = """
        title = "x"

        [owner]
        name = "n"
        [servers.alpha]
        ip = "10.0.0.1"
        [[rules]]
        id = "a"
        [[rules]]
        # a comment
        id = "b"
        [servers]
        dotted.key = 1
        """;

    [Fact]
    public void Gives_the_line_of_each_key_header_and_array_of_tables()
    {
        var root = TomlReader.Parse(Document);

        Assert.Equal(1, root.LineOf("title"));
        Assert.Equal(3, root.LineOf("owner"));
        Assert.Equal(4, root.GetTable("owner")!.LineOf("name"));
        Assert.Equal(7, root.LineOf("rules"));
        Assert.Equal([7, 9], root.GetTables("rules")!.Select(rule => rule.Line));
        Assert.Equal(11, root.GetTables("rules")![1].LineOf("id"));
        Assert.Equal(5, root.GetTable("servers")!.LineOf("alpha"));
        Assert.Equal(13, root.GetTable("servers")!.LineOf("dotted"));
    }

    [Fact]
    public void An_implicit_table_takes_the_line_of_its_own_header_when_it_comes()
    {
        var root = TomlReader.Parse(Document);

        Assert.Equal(12, root.LineOf("servers"));
        Assert.Equal(12, root.GetTable("servers")!.Line);
    }

    [Fact]
    public void Keeps_keys_in_the_order_the_document_defined_them()
    {
        var root = TomlReader.Parse("z = 1\na = 2\n[m]\n[b]\nk = 3\n");

        Assert.Equal(["z", "a", "m", "b"], root.Keys);
        Assert.Equal(["z", "a", "m", "b"], root.Select(pair => pair.Key));
    }

    [Theory]
    [InlineData("a = 1\na = 2\n", 2, 1, "'a' is defined twice (first at line 1)")]
    [InlineData("[t]\nx = 1\n[t]\n", 3, 2, "table [t] is defined twice (first at line 1)")]
    [InlineData("a = \"open\n", 1, 5, "the string is not closed on its line")]
    [InlineData("n = 0x_1\n", 1, 5, "'0x_1' is not a TOML value")]
    [InlineData("big = 9223372036854775808\n", 1, 7, "does not fit in a 64-bit integer")]
    [InlineData("d = 2021-02-30\n", 1, 5, "is not a date of the calendar")]
    [InlineData("t = { a = 1,\n b = 2 }\n", 1, 13, "an inline table must be closed with } on the line it starts")]
    [InlineData("s = \"\\x41\"\n", 1, 6, "\\x is not a TOML escape")]
    [InlineData("a = 1 b = 2\n", 1, 7, "unexpected 'b' after a value")]
    [InlineData("x = [1, 2\n", 1, 5, "the array is never closed")]
    public void Refuses_bad_input_with_its_line_column_and_what_to_do(string toml, int line, int column, string problem)
    {
        var error = Assert.Throws<TomlException>(() => TomlReader.Parse(toml, "config.toml"));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith($"config.toml:{line}:{column}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_source_the_message_starts_with_the_position()
    {
        var error = Assert.Throws<TomlException>(() => TomlReader.Parse("\n\n  = 1"));

        Assert.StartsWith("3:3: ", error.Message, StringComparison.Ordinal);
        Assert.Null(error.SourceName);
    }
}
