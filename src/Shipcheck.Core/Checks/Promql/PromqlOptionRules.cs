using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Http;

namespace Shipcheck.Core.Checks.Promql;

/// <summary>Load-time checks of a <c>promql</c> step that the generic option check cannot make.</summary>
internal static class PromqlOptionRules
{
    public static void Check(OptionValues options, DiagnosticBag diagnostics)
    {
        if (options.Text(PromqlKind.ServerOption) is { IsLiteral: true } server && PrometheusServer.Parse(server.Source).Error is { } error)
        {
            diagnostics.Add(options.SpanOf(PromqlKind.ServerOption), error, PrometheusServer.Hint);
        }
        if (options.Text(PromqlKind.QueryOption) is { IsLiteral: true } query && string.IsNullOrWhiteSpace(query.Source))
        {
            diagnostics.Add(options.SpanOf(PromqlKind.QueryOption), "the query is empty",
                "write a PromQL expression, for example 'up{job=\"api\"}'");
        }
        if (options.Text(PromqlKind.TimeOption) is { IsLiteral: true } time && !EvaluationTime.TryParse(time.Source, out _))
        {
            diagnostics.Add(options.SpanOf(PromqlKind.TimeOption), $"'{time.Source}' is not a point in time", EvaluationTime.Hint);
        }
        HttpOptionRules.CheckHeaderNames(options, PromqlKind.HeadersOption, diagnostics);
    }
}
