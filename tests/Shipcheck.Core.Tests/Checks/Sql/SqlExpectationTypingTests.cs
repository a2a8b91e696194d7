using Shipcheck.Core.Checklists.Loading;

namespace Shipcheck.Core.Tests.Checks.Sql;

/// <summary>A query's columns are named only at run time: any name type-checks, while <c>rows</c> stays a number.</summary>
public sealed class SqlExpectationTypingTests
{
    [Fact]
    public void Accepts_column_names_the_schema_cannot_list()
    {
        var result = Load("[ rows == 1, ticks >= 60, age(latest) < 2m ]");

        Assert.Empty(result.Problems.Select(p => p.Render()));
    }

    [Fact]
    public void Still_type_checks_rows_as_a_number()
    {
        var result = Load("rows == \"many\"");

        Assert.Contains(result.Problems, p => p.Render().Contains("rows", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_unknown_names_an_error_for_kinds_with_a_closed_schema()
    {
        var result = ChecklistLoader.LoadText(
            "service: demo\nverify:\n  - file: VERSION\n    expect: ticks > 0\n", "c.yaml", "/tmp/c.yaml", Core.Checks.CheckKinds.All);

        Assert.Contains(result.Problems, p => p.Render().Contains("ticks", StringComparison.Ordinal));
    }

    private static LoadResult Load(string expect) => ChecklistLoader.LoadText(
        $"service: demo\nsecrets: [MARKET_DB]\nverify:\n  - name: fresh ticks\n    sql:\n      connection: ${{MARKET_DB}}\n      query: SELECT 1\n    expect: {expect}\n",
        "c.yaml", "/tmp/c.yaml", Core.Checks.CheckKinds.All);
}
