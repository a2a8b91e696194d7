using Shipcheck.Core.Checks.Secrets;

namespace Shipcheck.Core.Tests.Checks.Secrets;

public sealed class EnvFileTests
{
    [Fact]
    public void Reads_bom_crlf_export_quotes_escapes_comments_and_empty_values()
    {
        var text = "\uFEFF# comment\r\nPLAIN=abc\r\nexport EXPORTED=1\r\nSINGLE='a \\n b # not a comment'\r\n"
            + "DOUBLE=\"line1\\nline2 \\\"q\\\" \\$x\"  # trailing comment\r\nINLINE=value # comment\r\nHASH=p#ss\r\nEMPTY=\r\nSPACED = padded  \r\n";

        var env = EnvFile.Parse(text);

        Assert.Empty(env.Problems);
        var values = env.Entries.ToDictionary(e => e.Name, e => e.Value);
        Assert.Equal("abc", values["PLAIN"]);
        Assert.Equal("1", values["EXPORTED"]);
        Assert.Equal("a \\n b # not a comment", values["SINGLE"]);
        Assert.Equal("line1\nline2 \"q\" $x", values["DOUBLE"]);
        Assert.Equal("value", values["INLINE"]);
        Assert.Equal("p#ss", values["HASH"]);
        Assert.Equal("", values["EMPTY"]);
        Assert.Equal("padded", values["SPACED"]);
        Assert.Equal(2, env.Entries.Single(e => e.Name == "PLAIN").Line);
    }

    [Fact]
    public void Reads_a_double_quoted_value_over_several_lines()
    {
        var env = EnvFile.Parse("KEY=\"-----BEGIN\nbody\n-----END\"\nNEXT=1\n");

        Assert.Equal("-----BEGIN\nbody\n-----END", env.Entries[0].Value);
        Assert.Equal(1, env.Entries[0].Line);
        Assert.Equal(4, env.Entries[1].Line);
    }

    [Fact]
    public void Names_the_line_of_each_line_that_is_not_name_value_without_quoting_it()
    {
        var env = EnvFile.Parse("GOOD=1\nsk_live_plantedsecret\n1BAD=x\nOPEN=\"never closed\nLATER=2\n");

        Assert.Equal([2, 3, 4], env.Problems.Select(p => p.Line));
        Assert.All(env.Problems, p => Assert.DoesNotContain("planted", p.Message, StringComparison.Ordinal));
        Assert.Contains("never closes", env.Problems[2].Message, StringComparison.Ordinal);
        Assert.Equal(["GOOD"], env.Entries.Select(e => e.Name));
    }

    [Fact]
    public void Keeps_every_assignment_of_a_duplicate_name()
    {
        var env = EnvFile.Parse("A=1\nB=2\nA=3\n");

        Assert.Equal([1, 3], env.Entries.Where(e => e.Name == "A").Select(e => e.Line));
    }

    [Theory]
    [InlineData("changeme", true)]
    [InlineData("ChangeMe123", true)]
    [InlineData("your-api-key-here", true)]
    [InlineData("YOUR_SECRET", true)]
    [InlineData("xxx", true)]
    [InlineData("sk_xxx", true)]
    [InlineData("AKIAXXXXXXXXXXXX", true)]
    [InlineData("TODO", true)]
    [InlineData("todo: fill in", true)]
    [InlineData("<your key>", true)]
    [InlineData("postgres://u:p@example.com/db", true)]
    [InlineData("9f8a7d6c5b4a3e2f1d0c9b8a7f6e5d4c", false)]
    [InlineData("maxxed", false)]
    [InlineData("Todorov", false)]
    [InlineData("postgres://app:s3cr3t@db.internal/app", false)]
    public void Knows_placeholders(string value, bool placeholder)
    {
        Assert.Equal(placeholder, Placeholders.IsPlaceholder(value, []));
    }

    [Fact]
    public void Matches_extra_placeholder_patterns_on_the_whole_value()
    {
        Assert.True(Placeholders.IsPlaceholder("FILL-ME-IN", ["fill-*"]));
        Assert.False(Placeholders.IsPlaceholder("refill-me", ["fill-*"]));
    }

    [Theory]
    [InlineData("*SECRET*", "APP_SECRET_KEY", true)]
    [InlineData("*key*", "API_KEY", true)]
    [InlineData("*TOKEN", "TOKEN_URL", false)]
    [InlineData("DB_*_PASS", "DB_MAIN_PASS", true)]
    public void Matches_name_patterns_case_insensitively(string pattern, string name, bool matches)
    {
        Assert.Equal(matches, NamePattern.Matches(pattern, name));
    }

    [Fact]
    public void Measures_entropy_in_bits_per_character()
    {
        Assert.Equal(0, Entropy.BitsPerCharacter("aaaa"));
        Assert.Equal(4, Entropy.BitsPerCharacter("0123456789abcdef"), 6);
    }
}
