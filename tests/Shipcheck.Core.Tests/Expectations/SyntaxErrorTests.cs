using Shipcheck.Core.Expectations;
using static Shipcheck.Core.Tests.Expectations.Expressions;

namespace Shipcheck.Core.Tests.Expectations;

public sealed class SyntaxErrorTests
{
    private const string DurationsAndSizes = "durations use ms, s, m, h, d (500ms, 1h30m); sizes use B, KB, MB, GB, TB, KiB, MiB, GiB, TiB (10MB)";
    private const string ValueExpected = "expected a value here: a name, a number, a string, a duration, a size or '('";
    private const string JoinConditions = "join conditions with 'and' or 'or', or compare with an operator such as ==";
    private const string VariableNames = "variable names use letters, digits and '_', not starting with a digit; environment variables are ${env.NAME}";
    private const string MemberNames = "write a member name such as json.status; use [\"...\"] for names with other characters";

    [Theory]
    [InlineData("", 0, "the expression is empty", "write a condition such as status == 200")]
    [InlineData("   ", 0, "the expression is empty", "write a condition such as status == 200")]
    [InlineData("(status == 200", 0, "'(' at column 1 is never closed", "add the missing ')'")]
    [InlineData("((a) or b", 0, "'(' at column 1 is never closed", "add the missing ')'")]
    [InlineData("status == 200)", 13, "')' at column 14 has no matching '('", "remove it, or add the opening bracket it closes")]
    [InlineData("status == )", 10, "')' at column 11 has no matching '('", "remove it, or add the opening bracket it closes")]
    [InlineData("a]", 1, "']' at column 2 has no matching '['", "remove it, or add the opening bracket it closes")]
    [InlineData("\"abc", 0, "the string starting at column 1 is never closed", "end it with \"")]
    [InlineData("x == 'abc", 5, "the string starting at column 6 is never closed", "end it with '")]
    [InlineData("\"a\\qb\"", 2, "'\\q' is not an escape sequence", "use \\\" \\' \\\\ \\n \\t or \\r; write \\\\ for a backslash")]
    [InlineData("${x", 0, "'${' at column 1 is never closed", "close the reference with '}', or write '$${' for a literal '${'")]
    [InlineData("\"${x\" == \"}\"", 1, "'${' at column 2 is never closed", "close the reference with '}', or write '$${' for a literal '${'")]
    [InlineData("${}", 0, "empty reference '${}'", VariableNames)]
    [InlineData("${1x} == 1", 0, "'1x' is not a valid variable name", VariableNames)]
    [InlineData("12xyz", 0, "'12xyz' is not a number, duration or size", DurationsAndSizes)]
    [InlineData("latency < 5 sec", 12, "unexpected 'sec' at column 13 after a complete expression", JoinConditions)]
    [InlineData("5 @ 3", 2, "unexpected character '@' at column 3", "operators are == != < <= > >= and or not contains matches in + - * /")]
    [InlineData("a = 1", 2, "'=' at column 3 is not an operator", "compare with '=='")]
    [InlineData("a & b", 2, "'&' at column 3 is not an operator", "write 'and' (or '&&')")]
    [InlineData("a | b", 2, "'|' at column 3 is not an operator", "write 'or' (or '||')")]
    [InlineData("status ==", 7, "the expression ends too early, after '=='", "write a value after '=='")]
    [InlineData("a and", 2, "the expression ends too early, after 'and'", "write a value after 'and'")]
    [InlineData("== 200", 0, "unexpected '==' at column 1", ValueExpected)]
    [InlineData("and x", 0, "unexpected 'and' at column 1", ValueExpected)]
    [InlineData("()", 1, "unexpected ')' at column 2", ValueExpected)]
    [InlineData("status 200", 7, "unexpected '200' at column 8 after a complete expression", JoinConditions)]
    [InlineData("(a b)", 3, "unexpected 'b' at column 4 after a complete expression", JoinConditions)]
    [InlineData("a AND b", 2, "unexpected 'AND' at column 3 after a complete expression", "operators are lower case: and")]
    [InlineData("a < b < c", 6, "comparisons do not chain: '<' at column 7 follows another comparison", "write a < b and b < c")]
    [InlineData("a == b == c", 7, "comparisons do not chain: '==' at column 8 follows another comparison", "write a < b and b < c")]
    [InlineData("json.", 4, "expected a name after '.' at column 5", MemberNames)]
    [InlineData("json.[0]", 4, "expected a name after '.' at column 5", MemberNames)]
    [InlineData("version == 1.2.3", 14, "'.' at column 15 follows a number", "write versions and other dotted numbers in quotes: \"1.2.3\"")]
    [InlineData("f(a b)", 4, "unexpected 'b' at column 5 in the arguments", "separate items with ','")]
    [InlineData("f(a,", 1, "'(' at column 2 is never closed", "add the missing ')'")]
    [InlineData("x in [1 2]", 8, "unexpected '2' at column 9 in the list", "separate items with ','")]
    [InlineData("x in [1,", 5, "'[' at column 6 is never closed", "add the missing ']'")]
    [InlineData("a[0", 1, "'[' at column 2 is never closed", "add the missing ']'")]
    public void Reports_syntax_errors_with_position_and_hint(string source, int offset, string message, string hint)
    {
        var error = ParseError(source);

        Assert.Equal(new ExpressionError(offset, message, hint), error);
    }

    [Fact]
    public void Reports_every_lexical_error_at_once()
    {
        var result = Expression.Parse("a = 1 & b @ 2");

        Assert.Equal(
            ["'=' at column 3 is not an operator", "'&' at column 7 is not an operator", "unexpected character '@' at column 11"],
            result.Errors.Select(e => e.Message));
        Assert.Null(result.Expression);
        Assert.False(result.Success);
    }

    [Fact]
    public void Points_at_the_parenthesis_that_stays_open()
    {
        var error = ParseError("(a and (b or c)");

        Assert.Equal("'(' at column 1 is never closed", error.Message);
    }
}
