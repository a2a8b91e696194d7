using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Metrics;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Metrics;

/// <summary>Runs a <c>metrics</c> probe the way the engine does and reads its series.</summary>
internal static class MetricsProbes
{
    public static readonly MetricsKind Kind = new();

    public static Task<ProbeResult> Observe(TimeProvider? time = null, params (string Name, object Value)[] options) =>
        Probes.Observe(Kind, TestOptions.Of(options), Probes.Context(Path.GetTempPath(), time: time));

    public static IReadOnlyList<MapValue> Series(this ProbeResult result) =>
        [.. Assert.IsType<ListValue>(result.Observations[ObservationSchema.SeriesObservation]).Items.Cast<MapValue>()];

    public static Value Get(this MapValue series, string name) => series.Entries[name];

    public static double Number(this MapValue series, string name) => Assert.IsType<NumberValue>(series.Entries[name]).Value;

    public static string Label(this MapValue series, string name) =>
        Assert.IsType<StringValue>(Assert.IsType<MapValue>(series.Entries["labels"]).Entries[name]).Value;

    /// <summary>Judges <paramref name="expectation"/> against the observations, as the loader and engine would.</summary>
    public static ExpectationOutcome Judge(this ProbeResult result, string expectation)
    {
        var scope = new Expectations.TestValueScope();
        foreach (var (name, value) in result.Observations)
        {
            scope.With(name, value);
        }
        var parsed = Expression.Parse(expectation).Expression!;
        return parsed.Evaluate(scope);
    }
}
