using static Shipcheck.Core.Tests.Expectations.TreePrinter;

namespace Shipcheck.Core.Tests.Expectations;

public sealed class ParsingTests
{
    [Theory]
    [InlineData("123", "123")]
    [InlineData("1.5", "1.5")]
    [InlineData("-3", "(- 3)")]
    [InlineData("\"ok\"", "\"ok\"")]
    [InlineData("'ok'", "\"ok\"")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    [InlineData("500ms", "500ms")]
    [InlineData("2s", "2s")]
    [InlineData("2m", "2m")]
    [InlineData("1h30m", "1h30m")]
    [InlineData("1.5s", "1.5s")]
    [InlineData("10MB", "10MB")]
    [InlineData("512KiB", "524.3KB")]
    public void Parses_literals(string source, string tree) => Assert.Equal(tree, Print(source));

    [Theory]
    [InlineData("\"a\\\"b\"", "\"a\\\"b\"")]
    [InlineData("'it\\'s'", "\"it's\"")]
    [InlineData("\"back\\\\slash\"", "\"back\\\\slash\"")]
    [InlineData("\"line\\nbreak\"", "\"line\\nbreak\"")]
    [InlineData("'say \"hi\"'", "\"say \\\"hi\\\"\"")]
    public void Decodes_escapes_in_strings(string source, string tree) => Assert.Equal(tree, Print(source));

    [Theory]
    [InlineData("status", "status")]
    [InlineData("json.items[0].status", "json.items[0].status")]
    [InlineData("headers[\"content-type\"]", "headers[\"content-type\"]")]
    [InlineData("json.data.count", "json.data.count")]
    [InlineData("json.items[-1]", "json.items[(- 1)]")]
    [InlineData("json.in.contains", "json.in.contains")]
    [InlineData("age(latest)", "age(latest)")]
    [InlineData("len(json.items)", "len(json.items)")]
    [InlineData("f()", "f()")]
    [InlineData("f(a, b)", "f(a, b)")]
    [InlineData("[1, 2, \"x\"]", "[1, 2, \"x\"]")]
    [InlineData("[]", "[]")]
    [InlineData("${min_ticks}", "${min_ticks}")]
    [InlineData("${ env.HOME }", "${env.HOME}")]
    [InlineData("\"v${version}\"", "interp(\"v\", ${version})")]
    [InlineData("\"${a}-${env.B}\"", "interp(${a}, \"-\", ${env.B})")]
    [InlineData("\"$${literal}\"", "\"${literal}\"")]
    public void Parses_terms(string source, string tree) => Assert.Equal(tree, Print(source));

    [Theory]
    [InlineData("a or b and c", "(a Or (b And c))")]
    [InlineData("a || b && c", "(a Or (b And c))")]
    [InlineData("a and b or c", "((a And b) Or c)")]
    [InlineData("not a and b", "((not a) And b)")]
    [InlineData("!a && b", "((not a) And b)")]
    [InlineData("not status == 200", "(not (status Equal 200))")]
    [InlineData("not not a", "(not (not a))")]
    [InlineData("a == 1 or b != 2", "((a Equal 1) Or (b NotEqual 2))")]
    [InlineData("a < 1 and b <= 2 and c > 3 and d >= 4", "((((a Less 1) And (b LessOrEqual 2)) And (c Greater 3)) And (d GreaterOrEqual 4))")]
    [InlineData("body contains \"x\" == true", "((body Contains \"x\") Equal true)")]
    [InlineData("a + 1 contains b", "((a Add 1) Contains b)")]
    [InlineData("x in [1, 2]", "(x In [1, 2])")]
    [InlineData("v matches \"^1\"", "(v Matches \"^1\")")]
    [InlineData("a + b * c", "(a Add (b Multiply c))")]
    [InlineData("a - b - c", "((a Subtract b) Subtract c)")]
    [InlineData("a / b * c", "((a Divide b) Multiply c)")]
    [InlineData("(a + b) * c", "((a Add b) Multiply c)")]
    [InlineData("-a * b", "((- a) Multiply b)")]
    [InlineData("2 * 500ms < latency", "((2 Multiply 500ms) Less latency)")]
    [InlineData("(a or b) and c", "((a Or b) And c)")]
    [InlineData("ticks > ${min_ticks}", "(ticks Greater ${min_ticks})")]
    public void Applies_precedence_lowest_first(string source, string tree) => Assert.Equal(tree, Print(source));

    [Theory]
    [InlineData("exists and contains", "(exists And contains)")]
    [InlineData("contains and size < 10MB", "(contains And (size Less 10MB))")]
    [InlineData("in", "in")]
    public void Reads_operator_words_in_term_position_as_names(string source, string tree) => Assert.Equal(tree, Print(source));

    [Fact]
    public void Ignores_white_space_between_tokens() =>
        Assert.Equal("((status Equal 200) And connected)", Print("  status==200\tand\n connected "));
}
