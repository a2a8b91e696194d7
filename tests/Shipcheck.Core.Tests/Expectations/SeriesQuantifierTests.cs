using Shipcheck.Core.Expectations;
using static Shipcheck.Core.Tests.Expectations.Expressions;

namespace Shipcheck.Core.Tests.Expectations;

public sealed class SeriesQuantifierTests
{
    private static Value Series(string breaker, double value) => new MapValue(new Dictionary<string, Value>
    {
        ["name"] = Value.Of("circuit_breaker_open"),
        ["labels"] = new MapValue(new Dictionary<string, Value> { ["breaker"] = Value.Of(breaker) }),
        ["value"] = Value.Of(value),
    });

    private static TestValueScope Breakers(params (string Breaker, double Value)[] series) => new TestValueScope()
        .With("count", Value.Of(series.Length))
        .With(ObservationSchema.SeriesObservation, new ListValue([.. series.Select(s => Series(s.Breaker, s.Value))]));

    private static readonly ITypeScope StepWithSeries = new SeriesTypeScope();

    [Fact]
    public void All_holds_when_every_series_satisfies_the_condition()
    {
        var outcome = Evaluate("all(value == 0)", Breakers(("quotes", 0), ("orders", 0)));

        Assert.True(outcome.Holds);
        Assert.Equal("all(value == 0) (all 2 series hold)", outcome.Explanation);
    }

    [Fact]
    public void All_fails_and_names_the_series_that_do_not_hold()
    {
        var outcome = Evaluate("all(value == 0)", Breakers(("quotes", 0), ("orders", 1)));

        Assert.False(outcome.Holds);
        Assert.False(outcome.NoData);
        Assert.Equal("all(value == 0) (1 of 2 series fail: circuit_breaker_open{breaker=\"orders\"} value (1) == 0)", outcome.Explanation);
    }

    [Fact]
    public void Any_holds_when_one_series_satisfies_the_condition()
    {
        Assert.True(Holds("any(value > 0)", Breakers(("quotes", 0), ("orders", 1))));
        Assert.False(Holds("any(value > 1)", Breakers(("quotes", 0), ("orders", 1))));
    }

    [Fact]
    public void Series_names_shadow_the_step_names_and_the_step_names_stay_visible()
    {
        var scope = Breakers(("quotes", 0)).With("value", Value.Of(42));

        Assert.True(Holds("all(value == 0 and count == 1) and value == 42", scope));
        Assert.True(Holds("all(labels.breaker == \"quotes\")", scope));
    }

    [Fact]
    public void Lists_at_most_three_failing_series()
    {
        var outcome = Evaluate("all(value == 0)", Breakers(("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 1)));

        Assert.EndsWith("; and 2 more)", outcome.Explanation);
        Assert.Contains("5 of 5 series fail", outcome.Explanation);
    }

    [Theory]
    [InlineData("all(value == 0)")]
    [InlineData("any(value == 0)")]
    [InlineData("not all(value == 0)")]
    [InlineData("count == 0 or all(value == 0)")]
    public void No_series_is_no_data_and_never_holds(string source)
    {
        var outcome = Evaluate(source, Breakers());

        Assert.False(outcome.Holds);
        Assert.True(outcome.NoData);
        Assert.Contains("no data: no series matched", outcome.Explanation);
    }

    [Fact]
    public void A_missing_series_observation_is_no_data()
    {
        var outcome = Evaluate("all(value == 0)", new TestValueScope());

        Assert.True(outcome.NoData);
        Assert.False(outcome.Holds);
    }

    [Fact]
    public void Type_checks_the_condition_against_one_series()
    {
        Assert.Empty(TypeErrors("all(value == 0 and labels.breaker != \"x\")", StepWithSeries));

        var unknown = TypeError("all(valu == 0)", StepWithSeries);
        Assert.Contains("valu", unknown.Message);
        Assert.Equal("did you mean 'value'?", unknown.Hint);

        var notCondition = TypeError("any(value)", StepWithSeries);
        Assert.Contains("not a condition", notCondition.Message);
    }

    [Fact]
    public void Rejects_a_quantifier_on_a_step_without_series()
    {
        var error = TypeError("all(status == 200)");

        Assert.Equal("all() judges each series of a step that observes several (metrics, promql); this step observes none", error.Message);
    }

    [Fact]
    public void Rejects_a_quantifier_with_the_wrong_number_of_conditions()
    {
        var error = TypeError("any(value == 0, value == 1)", StepWithSeries);

        Assert.Contains("any()", error.Message);
    }

    [Fact]
    public void A_per_series_name_outside_a_quantifier_is_judged_for_every_series()
    {
        var expression = Parse("value == 0").QuantifiedPerSeries(StepWithSeries);
        Assert.Empty(expression.TypeCheck(StepWithSeries));

        var outcome = expression.Evaluate(Breakers(("quotes", 0), ("orders", 1)));

        Assert.False(outcome.Holds);
        Assert.Equal("value == 0", expression.Source);
        Assert.Equal("all(value == 0) (1 of 2 series fail: circuit_breaker_open{breaker=\"orders\"} value (1) == 0)", outcome.Explanation);
        Assert.True(expression.Evaluate(Breakers(("quotes", 0), ("orders", 0))).Holds);
    }

    [Fact]
    public void A_per_series_expectation_over_no_series_is_no_data()
    {
        var outcome = Parse("labels.breaker != \"x\"").QuantifiedPerSeries(StepWithSeries).Evaluate(Breakers());

        Assert.True(outcome.NoData);
        Assert.False(outcome.Holds);
    }

    [Theory]
    [InlineData("count == 0")]
    [InlineData("any(value > 0)")]
    [InlineData("count > 1 and all(value == 0)")]
    public void Step_names_and_explicit_quantifiers_are_left_as_written(string source)
    {
        var written = Parse(source);

        Assert.Same(written, written.QuantifiedPerSeries(StepWithSeries));
    }

    [Fact]
    public void Steps_without_series_are_never_quantified()
    {
        var written = Parse("value == 0");

        Assert.Same(written, written.QuantifiedPerSeries(TestTypeScope.Default));
    }

    private sealed class SeriesTypeScope : ITypeScope
    {
        private static readonly TestTypeScope Series = new(new Dictionary<string, ValueKind>
        {
            ["value"] = ValueKind.Number,
            ["labels"] = ValueKind.Map,
            ["name"] = ValueKind.String,
        });

        private static readonly TestTypeScope Step = new(new Dictionary<string, ValueKind> { ["count"] = ValueKind.Number });

        public ValueKind? TypeOf(string identifier) => Step.TypeOf(identifier);

        public IEnumerable<string> Identifiers => Step.Identifiers;

        public bool HasVariable(string name) => false;

        public ITypeScope? SeriesScope => new Combined();

        private sealed class Combined : ITypeScope
        {
            public ValueKind? TypeOf(string identifier) => Series.TypeOf(identifier) ?? Step.TypeOf(identifier);

            public IEnumerable<string> Identifiers => Series.Identifiers.Concat(Step.Identifiers);

            public bool HasVariable(string name) => false;
        }
    }
}
