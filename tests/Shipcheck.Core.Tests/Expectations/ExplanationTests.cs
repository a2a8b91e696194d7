using Shipcheck.Core.Expectations;
using static Shipcheck.Core.Tests.Expectations.Expressions;

namespace Shipcheck.Core.Tests.Expectations;

public sealed class ExplanationTests
{
    private static TestValueScope Scope() => new TestValueScope()
        .With("status", Value.Of(503))
        .With("latency", Value.Of(TimeSpan.FromMilliseconds(812)))
        .With("connected", Value.Of(true))
        .With("body", Value.Of(new string('x', 300)))
        .With("latest", Value.Of(TestValueScope.Now.AddMinutes(-3)))
        .WithJson("""{"status": "degraded", "items": [{"status": "ok"}], "nothing": null}""")
        .WithVariable("min", "50")
        .WithVariable("version", "1.2");

    [Theory]
    [InlineData("status == 200", "status (503) == 200")]
    [InlineData("json.status == \"healthy\"", "json.status (\"degraded\") == \"healthy\"")]
    [InlineData("json.status == 'healthy'", "json.status (\"degraded\") == 'healthy'")]
    [InlineData("latency < 500ms", "latency (812ms) < 500ms")]
    [InlineData("age(latest) < 2m", "age(latest) (3m) < 2m")]
    [InlineData("status < ${min}", "status (503) < ${min} (\"50\")")]
    [InlineData("json.missing == \"healthy\"", "json.missing (missing) == \"healthy\"")]
    [InlineData("json.nothing == \"healthy\"", "json.nothing (null) == \"healthy\"")]
    [InlineData("nobody == 1", "nobody (missing) == 1")]
    [InlineData("${unset} == 1", "${unset} (missing) == 1")]
    [InlineData("status == 200 and latency < 500ms", "status (503) == 200 and latency (812ms) < 500ms")]
    [InlineData("status == 200 && latency < 500ms", "status (503) == 200 && latency (812ms) < 500ms")]
    [InlineData("(status == 200 or status == 204) and connected", "(status (503) == 200 or status (503) == 204) and connected (true)")]
    [InlineData("not connected", "not connected (true)")]
    [InlineData("!connected", "!connected (true)")]
    [InlineData("json.items[0].status == \"bad\"", "json.items[0].status (\"ok\") == \"bad\"")]
    [InlineData("json.items[-1].status == \"bad\"", "json.items[-1].status (\"ok\") == \"bad\"")]
    [InlineData("len(json.items) > 1", "len(json.items) (1) > 1")]
    [InlineData("status in [200, 204]", "status (503) in [200, 204]")]
    [InlineData("\"v${version}\" == \"v2\"", "\"v${version}\" (\"v1.2\") == \"v2\"")]
    [InlineData("${ version } == \"2\"", "${version} (\"1.2\") == \"2\"")]
    [InlineData("latency > 2 * 500ms", "latency (812ms) > 2 * 500ms")]
    [InlineData("  status==200  ", "status (503) == 200")]
    [InlineData("-status > 0", "-status (503) > 0")]
    public void Fills_in_observed_values_after_each_term(string source, string explanation)
    {
        var outcome = Evaluate(source, Scope());

        Assert.False(outcome.Holds);
        Assert.Equal(explanation, outcome.Explanation);
    }

    [Fact]
    public void Explains_a_holding_expectation_the_same_way()
    {
        var outcome = Evaluate("status == 503", Scope());

        Assert.True(outcome.Holds);
        Assert.Equal("status (503) == 503", outcome.Explanation);
        Assert.Null(outcome.Error);
    }

    [Fact]
    public void Shortens_long_strings_in_explanations()
    {
        var outcome = Evaluate("body == \"x\"", Scope());

        Assert.Equal($"body (\"{new string('x', 200)}…\") == \"x\"", outcome.Explanation);
    }

    [Fact]
    public void Shows_quotes_and_accents_as_written()
    {
        var scope = new TestValueScope().With("body", Value.Of("it's café \"ok\""));

        Assert.Equal("body (\"it's café \\\"ok\\\"\") == \"x\"", Evaluate("body == \"x\"", scope).Explanation);
    }
}
