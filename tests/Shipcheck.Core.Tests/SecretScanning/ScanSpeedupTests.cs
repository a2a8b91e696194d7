using System.Text.RegularExpressions;
using Shipcheck.Core.SecretScanning.Rules;
using Shipcheck.Core.SecretScanning.Scanning;

namespace Shipcheck.Core.Tests.SecretScanning;

/// <summary>The shortcuts that make the scan fast must find exactly what the plain way finds.</summary>
public sealed class ScanSpeedupTests
{
    [Theory]
    [InlineData(@"(?i)[0-9A-Za-z_.-]{0,50}?(?:key|token)=([a-z]{4})", @"(?i)(?:key|token)=([a-z]{4})")]
    [InlineData(@"\w*foo", "foo")]
    [InlineData(@"[^\]x]?bar|baz", "bar|baz")]
    [InlineData(@".{0,}qux", "qux")]
    [InlineData(@"[\[a]{0,3}?z", "z")]
    public void A_leading_optional_element_is_stripped(string pattern, string expected) =>
        Assert.Equal(expected, LeadingOptional.Strip(pattern));

    [Theory]
    [InlineData(@"[a-z]{1,5}foo")] // at least one: not optional
    [InlineData(@"[a-z]+foo")]
    [InlineData(@"(?x)\w* foo")] // whitespace means something else
    [InlineData(@"(?i:\w*)foo")] // a group, not options
    [InlineData(@"(\w*)foo")] // a group: its number would shift
    [InlineData(@"[a-[b]]*foo")] // class subtraction
    [InlineData(@"\w*")] // nothing left
    [InlineData(@"\w*|foo")]
    [InlineData(@"\bfoo")]
    public void Anything_else_is_left_alone(string pattern) => Assert.Null(LeadingOptional.Strip(pattern));

    [Theory]
    [InlineData("api_key = \"abcd\"", true)]
    [InlineData("my.service-token=wxyz and more", true)]
    [InlineData("token=ab", false)]
    [InlineData("nothing here", false)]
    public void The_stripped_pattern_matches_where_the_whole_one_does(string text, bool matches)
    {
        const string Whole = @"(?i)[0-9A-Za-z_.-]{0,50}?(?:key|token)[ \t]*=[ ""]*([a-z]{4})";
        var rule = RuleRegex.Parse(@"(?i)[\w.-]{0,50}?(?:key|token)[ \t]*=[ ""]*([a-z]{4})");
        Assert.Equal(Whole, rule.Pattern);
        Assert.Equal(matches, Regex.IsMatch(text, Whole));
        Assert.Equal(matches, rule.IsMatch(text));
    }

    [Fact]
    public void Keyword_hits_are_found_in_any_case_in_position_order()
    {
        var rules = new List<SecretRule>
        {
            Rule("jwt", "ey"),
            Rule("generic", "key", "token"),
            Rule("single", "q"),
            Rule("unicode", "clé"),
        };
        var index = new KeywordIndex(rules);
        var hits = new List<(int Rule, int Position)>();
        const string Text = "KEY eY Token q CLÉ keY";
        index.FindHits(Text, hits);
        Assert.Equal(
            [(1, 0), (0, 1), (0, 4), (1, 7), (2, 13), (3, 15), (1, 19), (0, 20)],
            hits);
    }

    [Fact]
    public void Hits_at_the_very_end_and_across_non_ascii_text_are_found()
    {
        var index = new KeywordIndex([Rule("jwt", "ey"), Rule("generic", "key")]);
        var hits = new List<(int Rule, int Position)>();
        index.FindHits("é€ kéy ey", hits);
        Assert.Equal([(0, 7)], hits);
    }

    private static SecretRule Rule(string id, params string[] keywords) =>
        new() { Id = id, Regex = RuleRegex.Parse("x"), Keywords = keywords };
}
