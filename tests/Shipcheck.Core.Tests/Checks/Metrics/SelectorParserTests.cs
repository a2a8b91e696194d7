using Shipcheck.Core.Checks.Metrics.Parsing;
using Shipcheck.Core.Checks.Metrics.Selection;

namespace Shipcheck.Core.Tests.Checks.Metrics;

public sealed class SelectorParserTests
{
    private static SeriesSelector Parse(string text)
    {
        var (selector, error) = SelectorParser.Parse(text);
        Assert.Null(error);
        return selector!;
    }

    private static bool Matches(string selector, string name, params (string, string)[] labels)
    {
        var parsed = Parse(selector);
        return parsed.NameMatches(name) && parsed.LabelsMatch([.. labels.Select(l => new Label(l.Item1, l.Item2))]);
    }

    [Fact]
    public void Matches_by_name_and_every_kind_of_label_matcher()
    {
        const string selector = "breaker{exchange=~\"bin.*\", state!=\"x\", zone!~'eu-.*', env=`prod`}";

        Assert.True(Matches(selector, "breaker", ("exchange", "binance"), ("state", "open"), ("zone", "us-1"), ("env", "prod")));
        Assert.False(Matches(selector, "breaker", ("exchange", "xbinance"), ("state", "open"), ("env", "prod")));
        Assert.False(Matches(selector, "breaker", ("exchange", "binance"), ("state", "x"), ("env", "prod")));
        Assert.False(Matches(selector, "breaker", ("exchange", "binance"), ("zone", "eu-2"), ("env", "prod")));
        Assert.False(Matches(selector, "breakers", ("exchange", "binance"), ("env", "prod")));
    }

    [Fact]
    public void Treats_a_missing_label_as_empty()
    {
        Assert.True(Matches("up{job=\"\"}", "up"));
        Assert.False(Matches("up{job!=\"\"}", "up"));
    }

    [Fact]
    public void Matches_the_name_through_dunder_name_and_quoted_names()
    {
        Assert.True(Matches("{__name__=~\"connector_.*\"}", "connector_active_connections"));
        Assert.False(Matches("{__name__=~\"connector_.*\"}", "up"));
        Assert.True(Matches("{\"my.metric\", job=\"a\"}", "my.metric", ("job", "a")));
    }

    [Fact]
    public void Unescapes_quoted_values()
    {
        Assert.True(Matches("up{path=\"C:\\\\bin\",q=\"say \\\"hi\\\"\"}", "up", ("path", "C:\\bin"), ("q", "say \"hi\"")));
    }

    [Theory]
    [InlineData("up{job=\"api\"", 12, "the selector ends before its closing '}'")]
    [InlineData("up{job=api}", 7, "expected a quoted value after job=")]
    [InlineData("up{1job=\"a\"}", 3, "expected a label name, found '1'")]
    [InlineData("up{job=\"a\" env=\"b\"}", 11, "expected ',' or '}' after a matcher")]
    [InlineData("up}", 2, "unexpected '}' after the selector")]
    [InlineData("up{job=\"a\\q\"}", 9, "unknown escape '\\q'")]
    [InlineData("", 0, "the selector is empty")]
    public void Reports_the_column_of_a_syntax_error(string text, int offset, string message)
    {
        var (selector, error) = SelectorParser.Parse(text);

        Assert.Null(selector);
        Assert.Equal(offset, error!.Offset);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
