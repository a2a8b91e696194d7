using Shipcheck.Core.Expectations;
using static Shipcheck.Core.Tests.Expectations.Expressions;

namespace Shipcheck.Core.Tests.Expectations;

public sealed class TypeCheckTests
{
    private const string Arithmetic = "arithmetic works on numbers, durations and sizes, and a number may scale a duration or size: 2 * 500ms";
    private const string Ordered = "'{0}' needs numbers, strings, durations, sizes or timestamps; `{1}` is {2}";
    private const string BadPatternHint = "patterns use .NET regular expression syntax; escape special characters with a backslash";

    [Theory]
    [InlineData("status == 200")]
    [InlineData("status >= 200 and status < 400")]
    [InlineData("json.status == \"healthy\"")]
    [InlineData("json.items[0].status == 'ok'")]
    [InlineData("json == null")]
    [InlineData("status != null")]
    [InlineData("headers[\"content-type\"] contains \"json\"")]
    [InlineData("latency < 500ms")]
    [InlineData("latency < 2 * 250ms")]
    [InlineData("latency / 2 < 1s")]
    [InlineData("latency / 100ms < 5")]
    [InlineData("size < 10MB")]
    [InlineData("size + 1KB < 10MB")]
    [InlineData("age(latest) < 2m")]
    [InlineData("age(json.updated) < 2m")]
    [InlineData("latest - 1h < latest")]
    [InlineData("connected")]
    [InlineData("connected and not connected or true")]
    [InlineData("json.ok")]
    [InlineData("ticks > ${min_ticks}")]
    [InlineData("${version} == \"1.2\"")]
    [InlineData("${env.ANYTHING} == \"x\"")]
    [InlineData("body == \"v${version}\"")]
    [InlineData("body contains \"ok\"")]
    [InlineData("items contains 3")]
    [InlineData("headers contains \"etag\"")]
    [InlineData("body matches \"^v[0-9]+$\"")]
    [InlineData("body matches ${version}")]
    [InlineData("status in [200, 204]")]
    [InlineData("\"ok\" in body")]
    [InlineData("len(body) > 0 and len(items) > 0 and count(items) == len(headers)")]
    [InlineData("lower(trim(body)) == \"ok\"")]
    [InlineData("body < \"m\"")]
    [InlineData("-ticks < 0")]
    [InlineData("items[-1] == 3")]
    [InlineData("body + \"x\" == \"okx\"")]
    public void Accepts_sound_expressions(string source) => Assert.Empty(TypeErrors(source));

    [Theory]
    [InlineData("status", 0, "`status` is a number, not a condition", "compare it: status == 200")]
    [InlineData("body", 0, "`body` is a string, not a condition", "compare it: body == \"ok\"")]
    [InlineData("latency", 0, "`latency` is a duration, not a condition", "compare it: latency < 500ms")]
    [InlineData("size", 0, "`size` is a size, not a condition", "compare it: size < 10MB")]
    [InlineData("latest", 0, "`latest` is a timestamp, not a condition", "measure its age: age(latest) < 2m")]
    [InlineData("items", 0, "`items` is a list, not a condition", "count it: len(items) > 0")]
    [InlineData("headers", 0, "`headers` is a map, not a condition", "compare one of its members: headers.name == \"ok\"")]
    [InlineData("null", 0, "`null` is null, not a condition", "write a condition such as x == null")]
    [InlineData("not status", 4, "`status` is a number, not a condition", "compare it: status == 200")]
    [InlineData("connected and status", 14, "`status` is a number, not a condition", "compare it: status == 200")]
    [InlineData("status + 1", 0, "`status + 1` is a number, not a condition", "compare it: status + 1 == 200")]
    public void Rejects_a_value_where_a_condition_belongs(string source, int offset, string message, string hint) =>
        Assert.Equal(new ExpressionError(offset, message, hint), TypeError(source));

    [Theory]
    [InlineData("status == \"ok\"", 7, "`status == \"ok\"` compares a number with a string", "compare a number with a number, or a string with a string")]
    [InlineData("status == \"200\"", 7, "`status == \"200\"` compares a number with a string", "drop the quotes: 200")]
    [InlineData("body == 200", 5, "`body == 200` compares a string with a number", "write the number in quotes: \"200\"")]
    [InlineData("latency < 500", 8, "`latency < 500` compares a duration with a number", "write a duration such as 500ms (units: ms, s, m, h, d)")]
    [InlineData("latency < ticks", 8, "`latency < ticks` compares a duration with a number", "write a duration such as 500ms (units: ms, s, m, h, d)")]
    [InlineData("size < 10", 5, "`size < 10` compares a size with a number", "write a size such as 10MB (units: B, KB, MB, GB, TB, KiB, MiB, GiB, TiB)")]
    [InlineData("latest < 2m", 7, "`latest < 2m` compares a timestamp with a duration", "measure its age: age(latest) < 2m")]
    [InlineData("connected == 1", 10, "`connected == 1` compares a boolean with a number", "both sides must have the same type")]
    [InlineData("status in [1, \"a\"]", 14, "`status in [1, \"a\"]` compares a number with a string", "compare a number with a number, or a string with a string")]
    public void Rejects_comparisons_of_different_types(string source, int offset, string message, string hint) =>
        Assert.Equal(new ExpressionError(offset, message, hint), TypeError(source));

    [Theory]
    [InlineData("connected < true", 0, "<", "connected", "a boolean", "compare booleans with == or !=")]
    [InlineData("items > 1", 0, ">", "items", "a list", "compare its length: len(items)")]
    [InlineData("2 <= headers", 5, "<=", "headers", "a map", "compare one of its members: headers.name")]
    [InlineData("status >= null", 10, ">=", "null", "null", "compare it with == or !=")]
    public void Rejects_ordering_of_unordered_types(string source, int offset, string op, string text, string kind, string hint) =>
        Assert.Equal(new ExpressionError(offset, string.Format(null, Ordered, op, text, kind), hint), TypeError(source));

    [Theory]
    [InlineData("stauts == 200", 0, "unknown name 'stauts'", "did you mean 'status'?")]
    [InlineData("True", 0, "unknown name 'True'", "did you mean 'true'?")]
    [InlineData("foo == 1", 0, "unknown name 'foo'", "known names: body, connected, headers, items, json, latency, latest, size, status, ticks")]
    [InlineData("len == 1", 0, "unknown name 'len'", "len is a function: len(x)")]
    [InlineData("ticks > ${min_tics}", 8, "unknown variable '${min_tics}'", "declare it under vars: or pass --var min_tics=VALUE")]
    [InlineData("body == \"v${nope}\"", 10, "unknown variable '${nope}'", "declare it under vars: or pass --var nope=VALUE")]
    [InlineData("lenght(body) > 1", 0, "unknown function 'lenght'", "functions: age, all, any, count, last_number, len, lower, quantile, trim")]
    [InlineData("lowr(body) == \"x\"", 0, "unknown function 'lowr'", "did you mean 'lower'?")]
    public void Rejects_unknown_names_with_suggestions(string source, int offset, string message, string hint) =>
        Assert.Equal(new ExpressionError(offset, message, hint), TypeError(source));

    [Theory]
    [InlineData("len(body, body) > 1", 0, "len() takes 1 argument, not 2", "write len(x)")]
    [InlineData("age() < 1m", 0, "age() takes 1 argument, not 0", "write age(timestamp)")]
    [InlineData("age(items) < 2m", 4, "age() needs a timestamp, an ISO 8601 date string or unix seconds; `items` is a list", "write age(timestamp)")]
    [InlineData("len(status) > 1", 4, "len() needs a string, a list or a map; `status` is a number", "write len(x)")]
    [InlineData("count(body) > 1", 6, "count() counts the items of a list or map; `body` is a string", "for the length of a string write len(body)")]
    [InlineData("count(status) > 1", 6, "count() needs a list or a map; `status` is a number", "write count(list)")]
    [InlineData("lower(status) == \"x\"", 6, "lower() needs a string; `status` is a number", "write lower(text)")]
    [InlineData("trim(items) == \"x\"", 5, "trim() needs a string; `items` is a list", "write trim(text)")]
    public void Rejects_wrong_function_arguments(string source, int offset, string message, string hint) =>
        Assert.Equal(new ExpressionError(offset, message, hint), TypeError(source));

    [Theory]
    [InlineData("status contains 1", 0, "'contains' looks inside a string, list or map; `status` is a number", "compare it with == instead")]
    [InlineData("body contains 5", 14, "'contains' on a string looks for text; `5` is a number", "write it in quotes: \"5\"")]
    [InlineData("headers contains 5", 17, "'contains' on a map looks for a key, which is a string; `5` is a number", "write it in quotes: \"5\"")]
    [InlineData("status matches \"x\"", 0, "'matches' tests a string against a pattern; `status` is a number", "compare it with == instead")]
    [InlineData("body matches 5", 13, "the pattern of 'matches' must be a string; `5` is a number", "write it in quotes: x matches \"^v[0-9]+\"")]
    [InlineData("body matches \"[a-\"", 13, "the pattern \"[a-\" is not a valid regular expression: Unterminated [] set (at offset 3)", BadPatternHint)]
    [InlineData("body matches \"(x\"", 13, "the pattern \"(x\" is not a valid regular expression: Not enough )'s (at offset 2)", BadPatternHint)]
    [InlineData("1 in status", 5, "'in' looks in a list, map or string; `status` is a number", "write a list: x in [1, 2]")]
    public void Rejects_contains_matches_and_in_on_the_wrong_types(string source, int offset, string message, string hint) =>
        Assert.Equal(new ExpressionError(offset, message, hint), TypeError(source));

    [Theory]
    [InlineData("body + 1 > 2", 5, "'+' cannot combine a string and a number", Arithmetic)]
    [InlineData("latency * latency < 1s", 8, "'*' cannot combine a duration and a duration", Arithmetic)]
    [InlineData("size - latency < 1s", 5, "'-' cannot combine a size and a duration", Arithmetic)]
    [InlineData("-body == \"x\"", 1, "'-' negates numbers and durations; `body` is a string", null)]
    public void Rejects_meaningless_arithmetic(string source, int offset, string message, string? hint) =>
        Assert.Equal(new ExpressionError(offset, message, hint), TypeError(source));

    [Theory]
    [InlineData("status.x == 1", 7, "`status` is a number and has no member 'x'", "members belong to maps such as json or headers")]
    [InlineData("items.x == 1", 6, "`items` is a list and has no member 'x'", "take an item first: items[0].x")]
    [InlineData("status[0] == 1", 0, "`status` is a number and cannot be indexed", "[...] reads an item of a list or a member of a map")]
    [InlineData("items[\"a\"] == 1", 6, "a list is indexed by position; `\"a\"` is a string", "write x[0] for the first item, x[-1] for the last")]
    [InlineData("headers[0] == 1", 8, "a map is indexed by name; `0` is a number", "write x[\"name\"]")]
    public void Rejects_paths_into_values_without_members(string source, int offset, string message, string hint) =>
        Assert.Equal(new ExpressionError(offset, message, hint), TypeError(source));

    [Fact]
    public void Reports_every_error_not_only_the_first()
    {
        var errors = TypeErrors("stauts == 200 and foo and latency < 5 and body matches \"[\"");

        Assert.Equal([0, 18, 34, 55], errors.Select(e => e.Offset));
        Assert.Equal("unknown name 'stauts'", errors[0].Message);
        Assert.Equal("unknown name 'foo'", errors[1].Message);
        Assert.Equal("`latency < 5` compares a duration with a number", errors[2].Message);
        Assert.StartsWith("the pattern \"[\" is not a valid regular expression", errors[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_cascade_from_an_unknown_name()
    {
        // Each `foo` is reported once as unknown, never again as "not a condition" or as a bad comparison.
        var errors = TypeErrors("foo and foo.bar == 1 and foo < 2m");

        Assert.Equal([0, 8, 25], errors.Select(e => e.Offset));
        Assert.All(errors, e => Assert.Equal("unknown name 'foo'", e.Message));
    }

    [Fact]
    public void Treats_members_of_unknown_shape_as_any_type()
    {
        Assert.Empty(TypeErrors("json.a == 1 and json.b == \"x\" and json.c < 5m and json.d"));
    }

    [Fact]
    public void Allows_value_expressions_when_checked_as_values()
    {
        var expression = Parse("json.version");

        Assert.Empty(expression.TypeCheckValue(TestTypeScope.Default));
        Assert.Empty(Parse("status").TypeCheckValue(TestTypeScope.Default));
        Assert.Equal("unknown name 'stauts'", Assert.Single(Parse("stauts").TypeCheckValue(TestTypeScope.Default)).Message);
    }

    [Fact]
    public void Omits_the_known_names_hint_when_a_scope_has_none()
    {
        var empty = new TestTypeScope(new Dictionary<string, ValueKind>());

        Assert.Equal(new ExpressionError(0, "unknown name 'anything'"), TypeError("anything", empty));
    }
}
