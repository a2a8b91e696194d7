using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Promql;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Promql;

/// <summary>Runs a <c>promql</c> probe the way the engine does, and reads its series.</summary>
internal static class PromqlObserving
{
    private static readonly PromqlKind Kind = new();

    public static Task<ProbeResult> Observe(params (string Name, object Value)[] options) =>
        Observe(TimeSpan.FromSeconds(30), options);

    public static Task<ProbeResult> Observe(TimeSpan stepTimeout, params (string Name, object Value)[] options)
    {
        var context = Probes.Context(Path.GetTempPath(), stepTimeout: stepTimeout);
        return Probes.Observe(Kind, TestOptions.Of(options), context);
    }

    public static IReadOnlyList<MapValue> Series(this ProbeResult result) =>
        [.. Assert.IsType<ListValue>(result.Observations[ObservationSchema.SeriesObservation]).Items.Cast<MapValue>()];

    public static double Value(this MapValue series) => Assert.IsType<NumberValue>(series.Entries["value"]).Value;

    public static string Name(this MapValue series) => Assert.IsType<StringValue>(series.Entries["name"]).Value;

    public static IReadOnlyDictionary<string, string> Labels(this MapValue series) =>
        Assert.IsType<MapValue>(series.Entries["labels"]).Entries.ToDictionary(e => e.Key, e => Assert.IsType<StringValue>(e.Value).Value);
}
