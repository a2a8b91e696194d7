using System.Text;
using Shipcheck.Core.Expectations;
using static Shipcheck.Core.Tests.Expectations.Expressions;

namespace Shipcheck.Core.Tests.Expectations;

public sealed class RobustnessTests
{
    private const string TooDeep = "the expression nests more than 100 levels deep";

    [Theory]
    [InlineData("(", ")")]
    [InlineData("not ", "")]
    [InlineData("!", "")]
    [InlineData("-", "")]
    [InlineData("[", "]")]
    [InlineData("len(", ")")]
    [InlineData("a[", "]")]
    public void Rejects_ten_thousand_levels_of_nesting_without_overflowing_the_stack(string open, string close)
    {
        var source = string.Concat(Enumerable.Repeat(open, 10_000)) + "status" + string.Concat(Enumerable.Repeat(close, 10_000));

        var error = ParseError(source);

        Assert.Equal(TooDeep, error.Message);
        Assert.Equal("split it into several simpler expectations", error.Hint);
    }

    [Fact]
    public void Rejects_ten_thousand_unclosed_parentheses()
    {
        Assert.Equal(TooDeep, ParseError(new string('(', 10_000)).Message);
    }

    [Theory]
    [InlineData(" and ")]
    [InlineData(" + ")]
    [InlineData(".")]
    public void Rejects_very_long_operator_chains_without_overflowing_the_stack(string separator)
    {
        var source = string.Join(separator, Enumerable.Repeat("a", 10_000));

        Assert.Equal("the expression chains more than 256 operators", ParseError(source).Message);
    }

    [Fact]
    public void Evaluates_nesting_within_the_limit()
    {
        var source = new string('(', 90) + "status == 200" + new string(')', 90);
        var scope = new TestValueScope().With("status", Value.Of(200));

        Assert.True(Holds(source, scope));
        Assert.Empty(Parse(source).TypeCheck(TestTypeScope.Default));
    }

    [Fact]
    public void Evaluates_a_long_chain_within_the_limit()
    {
        var source = string.Join(" and ", Enumerable.Repeat("status == 200", 200));
        var scope = new TestValueScope().With("status", Value.Of(200));

        Assert.True(Holds(source, scope));
    }

    [Fact]
    public void Reports_a_pattern_that_backtracks_too_long_as_an_error()
    {
        var scope = new TestValueScope().With("body", Value.Of(new string('a', 40) + "!"));

        var outcome = Evaluate("body matches \"^(a|aa)+$\"", scope);

        Assert.False(outcome.Holds);
        Assert.Equal("the pattern \"^(a|aa)+$\" took longer than 1s to match; simplify it", outcome.Error);
    }

    [Fact]
    public void Reports_a_pattern_from_a_variable_that_does_not_compile_as_an_error()
    {
        var scope = new TestValueScope().With("body", Value.Of("x")).WithVariable("pattern", "[");

        var outcome = Evaluate("body matches ${pattern}", scope);

        Assert.False(outcome.Holds);
        Assert.Equal("the pattern \"[\" is not a valid regular expression: Unterminated [] set (at offset 1)", outcome.Error);
    }

    [Fact]
    public void Turns_an_exception_from_the_scope_into_an_error_outcome()
    {
        var expression = Parse("status == 200");

        var outcome = expression.Evaluate(new ThrowingScope());
        var value = expression.EvaluateValue(new ThrowingScope());

        Assert.Equal(new ExpectationOutcome(false, "status == 200", "could not evaluate: the probe broke"), outcome);
        Assert.Equal(new ValueOutcome(Value.Null, "could not evaluate: the probe broke"), value);
    }

    [Fact]
    public void Survives_odd_observed_values()
    {
        var scope = new TestValueScope()
            .With("nan", Value.Of(double.NaN))
            .With("inf", Value.Of(double.PositiveInfinity))
            .With("max", Value.Of(TimeSpan.MaxValue))
            .With("min", Value.Of(TimeSpan.MinValue))
            .With("early", Value.Of(DateTimeOffset.MinValue))
            .With("late", Value.Of(DateTimeOffset.MaxValue))
            .With("bytes", Value.OfSize(long.MinValue))
            .With("empty", Value.Of(""));
        string[] sources =
        [
            "nan == nan", "nan < 1", "inf > 1", "-max < min", "-min > max", "max + 1s > max", "age(early) > 1s", "age(late) < 1s",
            "late + 1h > late", "early - 1h < early", "late - early > 1s", "bytes - 1B < bytes", "-bytes > 0", "age(nan) == null",
            "age(inf) == null", "age(100000000000000000000000) == null", "empty matches \"\"", "len(empty) == 0", "empty[0] == null", "nan / 0 == null",
            "max / 0.5 > max", "min * -1 > max", "bytes / 0.001 > bytes", "max / 0s == null",
        ];

        foreach (var source in sources)
        {
            var outcome = Evaluate(source, scope);
            Assert.True(outcome.Error is null || outcome.Error.Length > 0, source);
            Assert.False(string.IsNullOrEmpty(outcome.Explanation), source);
        }
        Assert.True(Holds("nan != nan and not (nan < 1) and inf > 1", scope));
    }

    [Fact]
    public void Never_throws_on_random_token_soup()
    {
        // Deterministic: the same seed always produces the same inputs, so a failure reproduces.
        var random = new Random(20260301);
        string[] pieces =
        [
            "status", "json", ".", "items", "[", "]", "(", ")", "0", "-1", "1.5", "500ms", "2m", "10MB", "\"ok\"", "'x'", "\"", "'", "\\",
            "${min_ticks}", "${", "}", "${env.HOME}", "\"v${version}\"", "==", "!=", "<", "<=", ">", ">=", "and", "or", "not", "!", "&&",
            "||", "contains", "matches", "in", "+", "-", "*", "/", "age(", "len(", "count(", "lower(", ",", "true", "false", "null",
            "latency", "connected", "headers", "=", "&", "@", "é", "\u0000", "\ud83d\ude00", "\ud83d", " ", "1h30m", "1e5", "99999999999999999999999",
            "\"[\"", "\"(a|aa)+\"", "body", "size", "latest", "items", "nope(",
        ];

        for (var i = 0; i < 500; i++)
        {
            var source = new StringBuilder();
            var length = random.Next(1, 12);
            for (var j = 0; j < length; j++)
            {
                source.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(3) > 0)
                {
                    source.Append(' ');
                }
            }
            RunEverything(source.ToString());
        }
    }

    [Fact]
    public void Never_throws_on_random_well_formed_expressions()
    {
        var random = new Random(42);
        var parsed = 0;

        for (var i = 0; i < 500; i++)
        {
            var source = RandomExpression(random, depth: 0);
            parsed += RunEverything(source) ? 1 : 0;
        }

        // The generator must reach the type checker and evaluator, not stop at syntax errors.
        Assert.Equal(500, parsed);
    }

    private static readonly string[] Terms =
    [
        "status", "body", "latency", "size", "latest", "items", "headers", "connected", "json", "json.items[0].status", "json.a.b[1].c",
        "json.items[-1]", "headers[\"a\"]", "items[${min_ticks}]", "0", "-1", "1.5", "500ms", "2m", "10MB", "\"ok\"", "'x'", "true", "null",
        "${min_ticks}", "${env.HOME}", "\"v${version}\"", "age(latest)", "age(body)", "len(items)", "count(headers)", "lower(body)",
        "[1, \"a\", null]", "nope(1)", "unknown",
    ];

    private static readonly string[] Operators =
    [
        "==", "!=", "<", "<=", ">", ">=", "and", "or", "contains", "matches", "in", "+", "-", "*", "/", "&&", "||",
    ];

    private static string RandomExpression(Random random, int depth)
    {
        var roll = random.Next(10);
        if (depth > 4 || roll < 3)
        {
            return Terms[random.Next(Terms.Length)];
        }
        // Compound operands go in parentheses: comparisons do not chain, and `a + not b` is not an expression.
        string Operand() => random.Next(3) == 0 ? Terms[random.Next(Terms.Length)] : $"({RandomExpression(random, depth + 1)})";
        return roll switch
        {
            3 => $"not {Operand()}",
            4 => $"({RandomExpression(random, depth + 1)})",
            5 => $"-{Operand()}",
            _ => $"{Operand()} {Operators[random.Next(Operators.Length)]} {Operand()}",
        };
    }

    /// <summary>Parses, checks and evaluates <paramref name="text"/>, asserting nothing escapes; true when it parsed.</summary>
    private static bool RunEverything(string text)
    {
        var scope = new TestValueScope()
            .With("status", Value.Of(200)).With("body", Value.Of("ok")).With("connected", Value.Of(true))
            .With("latency", Value.Of(TimeSpan.FromMilliseconds(5))).With("size", Value.OfSize(10))
            .With("latest", Value.Of(TestValueScope.Now)).With("items", new ListValue([Value.Of(1), Value.Null]))
            .With("headers", new MapValue(new Dictionary<string, Value> { ["a"] = Value.Of("b") }))
            .WithJson("""{"items": [{"status": "ok"}, null, 3], "a": {"b": [1, {"c": "d"}]}}""")
            .WithVariable("min_ticks", "x").WithVariable("version", "1");
        var result = Expression.Parse(text);
        Assert.Equal(result.Expression is null, result.Errors.Count > 0);
        Assert.All(result.Errors, e => Assert.InRange(e.Offset, 0, text.Length));
        if (result.Expression is not { } expression)
        {
            return false;
        }
        Assert.All(expression.TypeCheck(TestTypeScope.Default), e => Assert.InRange(e.Offset, 0, text.Length));
        expression.TypeCheckValue(TestTypeScope.Default);
        var outcome = expression.Evaluate(scope);
        Assert.False(string.IsNullOrEmpty(outcome.Explanation), text);
        Assert.False(outcome.Error?.StartsWith("could not evaluate", StringComparison.Ordinal) ?? false, $"{text}: {outcome.Error}");
        Assert.NotNull(expression.EvaluateValue(scope).Value);
        return true;
    }

    private sealed class ThrowingScope : IValueScope
    {
        public TimeProvider Time => TimeProvider.System;

        public Value? Lookup(string identifier) => throw new InvalidOperationException("the probe broke");

        public string? Variable(string name, bool isEnvironment) => throw new InvalidOperationException("the probe broke");
    }
}
