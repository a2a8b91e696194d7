using Shipcheck.Core.Expectations;
using static Shipcheck.Core.Tests.Expectations.Expressions;

namespace Shipcheck.Core.Tests.Expectations;

public sealed class VariableTests
{
    private static TestValueScope Scope() => new TestValueScope()
        .With("ticks", Value.Of(64))
        .With("latency", Value.Of(TimeSpan.FromMilliseconds(300)))
        .With("size", Value.OfSize(5_000_000))
        .With("connected", Value.Of(true))
        .With("version", Value.Of("1.2.3"))
        .With("latest", Value.Of(TestValueScope.Now.AddMinutes(-1)))
        .WithJson("""{"items": ["a", "b", "c"], "ids": [1, 2], "count": "5"}""")
        .WithVariable("min_ticks", "50")
        .WithVariable("max_latency", "500ms")
        .WithVariable("max_size", "10MB")
        .WithVariable("flag", "true")
        .WithVariable("off", "False")
        .WithVariable("expected", "1.2.3")
        .WithVariable("ten", "10")
        .WithVariable("nine", "9")
        .WithVariable("word", "abc")
        .WithVariable("index", "1")
        .WithVariable("since", "2026-03-01T11:00:00Z")
        .WithVariable("environment", "production")
        .WithEnvironment("REGION", "eu-west-1");

    [Theory]
    [InlineData("ticks > ${min_ticks}", true)]
    [InlineData("${min_ticks} < ticks", true)]
    [InlineData("ticks == ${min_ticks}", false)]
    [InlineData("latency < ${max_latency}", true)]
    [InlineData("size < ${max_size}", true)]
    [InlineData("connected == ${flag}", true)]
    [InlineData("${flag}", true)]
    [InlineData("${off}", false)]
    [InlineData("not ${off}", true)]
    [InlineData("${word}", false)]
    [InlineData("version == ${expected}", true)]
    [InlineData("latest > ${since}", true)]
    [InlineData("${ten} > ${nine}", true)]
    [InlineData("${word} > ${nine}", true)]
    [InlineData("ticks > ${word}", false)]
    [InlineData("ticks != ${word}", true)]
    [InlineData("${min_ticks} + 14 == ticks", true)]
    [InlineData("2 * ${max_latency} == 1s", true)]
    [InlineData("-${min_ticks} == -50", true)]
    [InlineData("json.items[${index}] == \"b\"", true)]
    [InlineData("json.ids contains ${index}", true)]
    [InlineData("${index} in json.ids", true)]
    [InlineData("ticks in [${min_ticks}, 64]", true)]
    [InlineData("50 in [${min_ticks}]", true)]
    [InlineData("${min_ticks} in [50, 60]", true)]
    [InlineData("json.count == ${ten}", false)]
    [InlineData("${environment} == \"production\"", true)]
    [InlineData("${env.REGION} == \"eu-west-1\"", true)]
    [InlineData("${env.REGION} matches \"^eu-\"", true)]
    [InlineData("\"v${expected}\" == \"v1.2.3\"", true)]
    [InlineData("\"${environment}/${env.REGION}\" == \"production/eu-west-1\"", true)]
    [InlineData("\"${unset}x\" == \"x\"", true)]
    [InlineData("${unset} == null", true)]
    [InlineData("${env.UNSET} == null", true)]
    [InlineData("age(${since}) == 1h", true)]
    [InlineData("len(${word}) == 3", true)]
    public void Coerces_variable_text_towards_the_other_operand(string source, bool holds) => Assert.Equal(holds, Holds(source, Scope()));

    [Fact]
    public void Does_not_coerce_strings_that_come_from_observations()
    {
        // A JSON string "5" is text; only variables take the type of what they meet.
        Assert.False(Holds("json.count == 5", Scope()));
        Assert.True(Holds("json.count == \"5\"", Scope()));
    }
}
