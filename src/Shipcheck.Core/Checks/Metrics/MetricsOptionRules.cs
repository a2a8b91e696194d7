using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Http;
using Shipcheck.Core.Checks.Metrics.Selection;

namespace Shipcheck.Core.Checks.Metrics;

/// <summary>Load-time checks of a <c>metrics</c> step that the generic option check cannot make.</summary>
internal static class MetricsOptionRules
{
    public static void Check(OptionValues options, DiagnosticBag diagnostics)
    {
        if (options.Text(MetricsKind.UrlOption) is { IsLiteral: true } url && !HttpTargets.IsHttpUrl(url.Source, out _))
        {
            diagnostics.Add(options.SpanOf(MetricsKind.UrlOption), $"'{url.Source}' is not an absolute http:// or https:// URL",
                "write the whole URL of the endpoint, for example http://127.0.0.1:8766/metrics");
        }
        if (options.Text(MetricsKind.SelectOption) is { IsLiteral: true } select && SelectorParser.Parse(select.Source).Error is { } error)
        {
            diagnostics.Add(options.SpanOf(MetricsKind.SelectOption).Shift(error.Offset), $"'select' {error.Describe()}", error.Hint);
        }
        if (options.Has(MetricsKind.IntervalOption) && options.Get(MetricsKind.IntervalOption, TimeSpan.Zero) <= TimeSpan.Zero)
        {
            diagnostics.Add(options.SpanOf(MetricsKind.IntervalOption), "'interval' must be longer than zero",
                "the time between the two scrapes, for example interval: 60s");
        }
    }
}
