using Shipcheck.Core.Expectations;
using static Shipcheck.Core.Tests.Expectations.Expressions;

namespace Shipcheck.Core.Tests.Expectations;

public sealed class CountPatternTests
{
    private static readonly TestTypeScope LogsScope = new(new Dictionary<string, ValueKind>
    {
        ["counts"] = ValueKind.Map,
        ["errors"] = ValueKind.Number,
    });

    private static TestValueScope Counts() => new TestValueScope()
        .With("counts", new MapValue(new Dictionary<string, Value> { ["PUBLISHED"] = Value.Of(3), ["WebSocket Connected"] = Value.Of(1) }))
        .With("errors", Value.Of(0));

    [Theory]
    [InlineData("count(\"PUBLISHED\") == 3")]
    [InlineData("count('WebSocket Connected') >= 1")]
    [InlineData("count(\"never seen\") == 0")]
    [InlineData("count(\"PUBLISHED\") >= 1 and errors == 0")]
    public void Count_of_a_string_reads_the_counts_observation(string source) => Assert.True(Holds(source, Counts()), source);

    [Fact]
    public void Count_of_a_string_type_checks_on_a_scope_with_counts() =>
        Assert.Empty(TypeErrors("count(\"PUBLISHED\") >= 1 and count(\"x\") < count(\"y\")", LogsScope));

    [Fact]
    public void Count_of_a_string_is_rejected_where_nothing_counts_log_lines()
    {
        var error = TypeError("count(\"PUBLISHED\") >= 1");
        Assert.Equal("count(\"PUBLISHED\") counts log lines; use it on a logs step", error.Message);
        Assert.Equal(6, error.Offset);
    }

    [Fact]
    public void Count_of_a_list_still_counts_items_on_a_logs_scope() =>
        Assert.True(Holds("count([1, 2]) == 2", Counts()));

    [Fact]
    public void String_arguments_of_count_are_found_anywhere_in_the_expression()
    {
        var expression = Parse("(count(\"A\") >= 1 and not (count('B') == 0)) or len(body) > count(\"A\") or count(items) == 1");
        Assert.Equal(["A", "B", "A"], expression.StringArgumentsOf("count"));
        Assert.Empty(expression.StringArgumentsOf("len"));
    }

    [Fact]
    public void Interpolated_strings_are_not_counted_patterns() =>
        Assert.Empty(Parse("count(\"v${version}\") == 1").StringArgumentsOf("count"));
}
