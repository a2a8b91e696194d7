using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Expectations;
using static Shipcheck.Core.Tests.Expectations.Expressions;

namespace Shipcheck.Core.Tests.Checks.Findings;

public sealed class FindingObservationsTests
{
    private static readonly Finding[] Mixed =
    [
        Finding.Pass("tag", "v1.2.0 points at HEAD"),
        Finding.Warn("runbook age", "last updated 120 days ago; review it"),
        Finding.Fail("alembic heads", "2 heads: a1, b2; merge them with alembic merge"),
        Finding.Fail("aws-access-token", "AKIA…MPLE", "config/app.py:12:9"),
    ];

    private static TestValueScope Scope(IReadOnlyList<Finding> findings)
    {
        var scope = new TestValueScope();
        foreach (var (name, value) in FindingObservations.Of(findings))
        {
            scope.With(name, value);
        }
        return scope;
    }

    [Fact]
    public void The_counts_add_up_to_the_findings()
    {
        var observations = FindingObservations.Of(Mixed, new Observations().Set("commit", Value.Of("abc123")));

        Assert.Equal([1.0, 1.0, 2.0, 4.0], new[] { "passed", "warnings", "failures", "findings" }.Select(n => ((NumberValue)observations[n]).Value));
        Assert.Equal("abc123", ((StringValue)observations["commit"]).Value);
        var items = ((ListValue)observations[ObservationSchema.SeriesObservation]).Items;
        Assert.Equal(["pass", "warn", "fail", "fail"], items.Select(i => ((StringValue)((MapValue)i).Entries["status"]).Value));
    }

    [Fact]
    public void The_default_expectation_fails_on_a_failure_and_strict_also_on_a_warning()
    {
        Assert.False(Holds(FindingObservations.DefaultExpectation, Scope(Mixed)));
        Assert.True(Holds(FindingObservations.DefaultExpectation, Scope(Mixed[..2])));
        Assert.False(Holds(FindingObservations.StrictExpectation, Scope(Mixed[..2])));
        Assert.True(Holds(FindingObservations.StrictExpectation, Scope(Mixed[..1])));
    }

    [Fact]
    public void The_series_can_be_judged_item_by_item()
    {
        Assert.True(Holds("any(name == \"tag\" and status == \"pass\")", Scope(Mixed)));
        Assert.False(Holds("all(status != \"fail\")", Scope(Mixed)));
    }

    [Fact]
    public void The_summary_names_failures_before_warnings_and_the_lines_carry_locations()
    {
        var result = FindingObservations.Result(Mixed);

        Assert.Equal(
            "2 failed: alembic heads (2 heads: a1, b2; merge them with alembic merge), aws-access-token (AKIA…MPLE); 1 warning: runbook age (last updated 120 days ago; review it)",
            result.Summary);
        Assert.Contains("FAIL aws-access-token — AKIA…MPLE (at config/app.py:12:9)", result.Output);
        Assert.Null(FindingObservations.Summary(Mixed[..1]));
    }
}
