using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Promql;

/// <summary>The observations of a successful query: the series, and the figures over all of them.</summary>
internal static class QueryObservations
{
    public static Observations Of(QueryResult result)
    {
        var values = result.Series.Select(PromqlSeries.ValueOf).ToList();
        return new Observations()
            .Set(ObservationSchema.SeriesObservation, new ListValue(result.Series))
            .Set("count", Value.Of(values.Count))
            .Set("sum", values.Count == 0 ? Value.Null : Value.Of(values.Sum()))
            // Math.Min and Math.Max let a NaN through, so a NaN series cannot hide behind the others' bounds.
            .Set("min", values.Count == 0 ? Value.Null : Value.Of(values.Aggregate(Math.Min)))
            .Set("max", values.Count == 0 ? Value.Null : Value.Of(values.Aggregate(Math.Max)))
            .Set("result_type", Value.Of(result.ResultType))
            .Set("warnings", new ListValue([.. result.Warnings.Select(w => Value.Of(w))]));
    }
}
