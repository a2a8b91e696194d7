using Shipcheck.Core.Expectations;
using static Shipcheck.Core.Tests.Expectations.Expressions;

namespace Shipcheck.Core.Tests.Expectations;

public sealed class FunctionTests
{
    private static TestValueScope Scope() => new TestValueScope()
        .With("latest", Value.Of(TestValueScope.Now.AddMinutes(-3)))
        .With("body", Value.Of("  Hello World  "))
        .WithJson("""
            {"iso": "2026-03-01T11:59:30Z", "offset": "2026-03-01T13:58:00+02:00", "unix": 1772366340,
             "items": [1, 2, 3], "map": {"a": 1, "b": 2}, "garbage": "not a date", "empty": []}
            """);

    [Theory]
    [InlineData("age(latest) == 3m")]
    [InlineData("age(latest) < 5m and age(latest) > 2m")]
    [InlineData("age(json.iso) == 30s")]
    [InlineData("age(json.offset) == 2m")]
    [InlineData("age(json.unix) == 1m")]
    [InlineData("age(json.garbage) == null")]
    [InlineData("age(json.missing) == null")]
    [InlineData("age(json.items) == null")]
    [InlineData("age(\"2026-03-01T12:00:00Z\") == 0s")]
    [InlineData("age(\"2026-03-01T12:01:00Z\") == -1m")]
    public void Measures_age_against_the_scope_clock(string source) => Assert.True(Holds(source, Scope()), source);

    [Theory]
    [InlineData("len(body) == 15")]
    [InlineData("len(json.items) == 3")]
    [InlineData("len(json.map) == 2")]
    [InlineData("len(json.empty) == 0")]
    [InlineData("len(json.missing) == null")]
    [InlineData("len(json.unix) == null")]
    [InlineData("count(json.items) == 3")]
    [InlineData("count(json.map) == 2")]
    [InlineData("count(json.iso) == null")]
    [InlineData("lower(body) == \"  hello world  \"")]
    [InlineData("trim(body) == \"Hello World\"")]
    [InlineData("lower(trim(body)) == \"hello world\"")]
    [InlineData("trim(json.unix) == null")]
    public void Measures_and_normalises_values(string source) => Assert.True(Holds(source, Scope()), source);

    [Theory]
    [InlineData("42\n", "last_number(out) == 42")]
    [InlineData("# HELP q quotes\n# TYPE q counter\nq{exchange=\"binance\"} 12\nq{exchange=\"kraken\"} 1.5e3\n", "last_number(out) == 1500")]
    [InlineData(" count \n-------\n   123\n(1 row)\n", "last_number(out) == 123")]
    [InlineData("release v2.1 of app2 is up\n", "last_number(out) == null")]
    [InlineData("", "last_number(out) == null")]
    [InlineData("0\n", "not (last_number(out) > 0)")]
    public void Reads_the_last_number_of_a_commands_output(string output, string source) =>
        Assert.True(Holds(source, new TestValueScope().With("out", Value.Of(output))), source);

    [Fact]
    public void Reports_an_unknown_function_as_an_error_when_evaluated_without_a_type_check()
    {
        var outcome = Evaluate("nope(1) == 1", Scope());

        Assert.False(outcome.Holds);
        Assert.Equal("unknown function 'nope'", outcome.Error);
        Assert.Equal("nope(1) (missing) == 1", outcome.Explanation);
    }

    [Fact]
    public void Registers_every_function_by_its_name()
    {
        Assert.Equal(["age", "count", "last_number", "len", "lower", "quantile", "trim"], Shipcheck.Core.Expectations.Functions.ExpressionFunctions.All.Keys.Order(StringComparer.Ordinal));
        Assert.All(Shipcheck.Core.Expectations.Functions.ExpressionFunctions.All, f => Assert.Equal(f.Key, f.Value.Name));
    }
}
