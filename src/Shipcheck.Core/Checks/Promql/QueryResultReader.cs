using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Promql;

/// <summary>
/// Reads the <c>data</c> of a successful query answer. Only results with one number per series can be judged: a
/// scalar or an instant vector. A matrix, a string and native histograms are errors that say how to rewrite the query.
/// </summary>
internal static class QueryResultReader
{
    // Not Prometheus' shape at all: most likely another service at that URL.
    private static string NotAResult(string what) =>
        $"the answer is JSON but not a Prometheus query result ({what}); {PrometheusServer.Hint}";

    public static (QueryResult? Result, string? Error) Read(MapValue answer)
    {
        var data = Entry(answer, "data") as MapValue;
        var type = Entry(data, "resultType") is StringValue t ? t.Value : null;
        var result = Entry(data, "result");
        var warnings = Texts(Entry(answer, "warnings"));
        var infos = Texts(Entry(answer, "infos"));
        return (type, result) switch
        {
            ("vector", ListValue samples) => Vector(samples, warnings, infos),
            ("scalar", ListValue sample) => Scalar(sample, warnings, infos),
            ("matrix", _) => (null, "the query returns a range vector (matrix), many samples per series; a check judges one value per series: "
                + "wrap the range in a function such as rate(x[5m]), max_over_time(x[5m]) or last_over_time(x[5m])"),
            ("string", _) => (null, "the query returns a string; a check judges numbers: write a query whose result is a scalar or an instant vector"),
            _ => (null, NotAResult($"data.resultType is {(type is null ? "missing" : $"'{type}'")}")),
        };
    }

    private static (QueryResult?, string?) Vector(ListValue samples, IReadOnlyList<string> warnings, IReadOnlyList<string> infos)
    {
        var series = new List<MapValue>(samples.Items.Count);
        foreach (var sample in samples.Items)
        {
            if (Entry(sample, "histogram") is not null)
            {
                return (null, "the result holds native histogram samples, which are not single numbers: "
                    + "wrap the query in histogram_quantile(0.95, ...), histogram_count(...) or histogram_sum(...)");
            }
            if (Entry(sample, "metric") is not MapValue metric || ValueOf(Entry(sample, "value")) is not { } value)
            {
                return (null, NotAResult("a vector sample without metric and value"));
            }
            series.Add(PromqlSeries.Of(metric.Entries, value));
        }
        return (new QueryResult("vector", series, warnings, infos), null);
    }

    private static (QueryResult?, string?) Scalar(ListValue sample, IReadOnlyList<string> warnings, IReadOnlyList<string> infos) =>
        ValueOf(sample) is { } value
            ? (new QueryResult("scalar", [PromqlSeries.Of(new Dictionary<string, Value>(), value)], warnings, infos), null)
            : (null, NotAResult("a scalar without a value"));

    // A sample is [unix seconds, "value"].
    private static double? ValueOf(Value? sample) =>
        sample is ListValue { Items.Count: 2 } pair ? PromqlSeries.ParseValue(pair.Items[1]) : null;

    private static Value? Entry(Value? map, string key) =>
        map is MapValue m && m.Entries.TryGetValue(key, out var value) ? value : null;

    private static IReadOnlyList<string> Texts(Value? list) =>
        list is ListValue l ? [.. l.Items.Select(i => i is StringValue s ? s.Value : i.Display())] : [];
}
