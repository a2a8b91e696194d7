using Shipcheck.Core.Expectations;
using static Shipcheck.Core.Tests.Expectations.Expressions;

namespace Shipcheck.Core.Tests.Expectations;

public sealed class EvaluateValueTests
{
    private static TestValueScope Scope() => new TestValueScope()
        .With("status", Value.Of(200))
        .With("content", Value.Of("1.4.2\n"))
        .With("latency", Value.Of(TimeSpan.FromMilliseconds(250)))
        .WithJson("""{"version": "1.4.2", "items": [1, 2, 3]}""")
        .WithVariable("prefix", "v");

    [Fact]
    public void Computes_a_member_for_capture() =>
        Assert.Equal(new ValueOutcome(Value.Of("1.4.2")), Parse("json.version").EvaluateValue(Scope()));

    [Fact]
    public void Computes_functions_and_arithmetic() =>
        Assert.Equal(new ValueOutcome(Value.Of(500d)), Parse("2 * latency / 1ms").EvaluateValue(Scope()));

    [Fact]
    public void Computes_conditions_as_booleans() =>
        Assert.Equal(new ValueOutcome(Value.Of(true)), Parse("status == 200").EvaluateValue(Scope()));

    [Fact]
    public void Computes_interpolated_strings() =>
        Assert.Equal(new ValueOutcome(Value.Of("v1.4.2")), Parse("\"${prefix}\" + trim(content)").EvaluateValue(Scope()));

    [Fact]
    public void Gives_null_for_a_missing_path() =>
        Assert.Equal(new ValueOutcome(Value.Null), Parse("json.nothing.here").EvaluateValue(Scope()));

    [Fact]
    public void Returns_lists_as_they_are()
    {
        var outcome = Parse("json.items").EvaluateValue(Scope());

        Assert.Equal("[1, 2, 3]", outcome.Value.Display());
        Assert.Null(outcome.Error);
    }

    [Fact]
    public void Keeps_the_source_text()
    {
        var expression = Parse(" status == 200 ");

        Assert.Equal(" status == 200 ", expression.Source);
        Assert.Equal(" status == 200 ", expression.ToString());
    }
}
