using System.Text.Json;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Expectations;

/// <summary>Prometheus answers NaN and infinities; they must read the way Prometheus writes them and survive the record.</summary>
public sealed class NonFiniteNumberTests
{
    [Theory]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(0.75, "0.75")]
    public void Reads_as_prometheus_writes_it(double number, string shown)
    {
        Assert.Equal(shown, Value.Of(number).Display());
    }

    [Fact]
    public void Is_written_to_json_as_text_because_json_has_no_such_numbers()
    {
        var json = new Observations().Set("nan", Value.Of(double.NaN)).Set("inf", Value.Of(double.PositiveInfinity)).Set("one", Value.Of(1)).ToJson();

        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("NaN", parsed.RootElement.GetProperty("nan").GetString());
        Assert.Equal("+Inf", parsed.RootElement.GetProperty("inf").GetString());
        Assert.Equal(1, parsed.RootElement.GetProperty("one").GetDouble());
    }

    [Theory]
    [InlineData("value < 2", false)]
    [InlineData("value >= 2", false)]
    [InlineData("value == value", false)]
    [InlineData("not (value < 2)", true)]
    public void Nan_compares_false_with_everything(string source, bool holds)
    {
        var scope = new TestValueScope().With("value", Value.Of(double.NaN));

        Assert.Equal(holds, Expressions.Holds(source, scope));
    }
}
