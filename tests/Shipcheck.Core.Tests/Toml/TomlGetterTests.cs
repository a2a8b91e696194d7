using Shipcheck.Core.Toml;

namespace Shipcheck.Core.Tests.Toml;

public sealed class TomlGetterTests
{
    private static readonly TomlTable Root = TomlReader.Parse("""
        name = "scan"
        count = 3
        strict = true
        keywords = ["aws", "key"]
        mixed = ["a", 1]
        [extra]
        [[rules]]
        id = "r1"
        """, "g.toml");

    [Fact]
    public void Reads_each_type_and_gives_null_for_an_absent_key()
    {
        Assert.Equal("scan", Root.GetString("name"));
        Assert.Equal(3, Root.GetInteger("count"));
        Assert.True(Root.GetBoolean("strict"));
        Assert.Equal(["aws", "key"], Root.GetStrings("keywords")!);
        Assert.Empty(Root.GetTable("extra")!);
        Assert.Equal("r1", Root.GetTables("rules")!.Single().GetString("id"));
        Assert.Equal(2, Root.GetArray("mixed")!.Count);
        Assert.Null(Root.GetString("absent"));
        Assert.Null(Root.GetInteger("absent"));
        Assert.Null(Root.GetTables("absent"));
    }

    [Fact]
    public void A_value_of_another_type_is_an_error_at_its_line()
    {
        var error = Assert.Throws<TomlException>(() => Root.GetString("count"));

        Assert.Equal("g.toml:2:1: 'count' must be a string, not an integer; change its value", error.Message);
        Assert.Contains("must be an array of strings, not an array", Assert.Throws<TomlException>(() => Root.GetStrings("mixed")).Message, StringComparison.Ordinal);
        Assert.Throws<TomlException>(() => Root.GetTable("rules"));
        Assert.Throws<TomlException>(() => Root.GetBoolean("name"));
    }

    [Fact]
    public void TryGet_is_true_only_for_a_present_key_of_that_type()
    {
        Assert.True(Root.TryGet<long>("count", out var count));
        Assert.Equal(3, count);
        Assert.False(Root.TryGet<string>("count", out _));
        Assert.False(Root.TryGet<string>("absent", out _));
    }

    [Fact]
    public void LineOf_an_absent_key_says_which_key()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Root.LineOf("nope"));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }
}
