using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Metrics;

/// <summary>
/// <c>metrics</c>: scrapes a Prometheus exposition endpoint (text format 0.0.4 or OpenMetrics), selects series by
/// name and labels, and observes each one's value; with <c>interval</c>, scrapes twice and observes increase and rate.
/// </summary>
public sealed class MetricsKind : ICheckKind
{
    internal const string UrlOption = "url";
    internal const string SelectOption = "select";
    internal const string IntervalOption = "interval";
    internal const string HeadersOption = "headers";
    internal const string TlsVerifyOption = "tls_verify";

    /// <inheritdoc/>
    public string Name => "metrics";

    /// <inheritdoc/>
    public string Description => "Scrapes a Prometheus /metrics endpoint; observes the selected series' values, and with interval their increase and rate.";

    /// <inheritdoc/>
    public string? ShorthandOption => UrlOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(UrlOption, OptionType.Text, "The absolute http:// or https:// URL of the metrics endpoint.") { Required = true },
        new(SelectOption, OptionType.Text, "A PromQL series selector: name{label=\"x\",other=~\"re.*\"} with =, !=, =~ and !~; every series when left out."),
        new(IntervalOption, OptionType.Duration, "Scrape, wait this long, scrape again: observes increase and rate per series, and histogram buckets over the interval."),
        new(HeadersOption, OptionType.TextMap, "Request headers (Authorization: Bearer ${TOKEN})."),
        new(TlsVerifyOption, OptionType.Boolean, "Verify the server's TLS certificate (default true; false accepts self-signed certificates)."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        (ObservationSchema.SeriesObservation, ValueKind.List, "The selected series, each a map of the per-series names."),
        ("count", ValueKind.Number, "How many series the selector matched."),
        ("sum", ValueKind.Number, "The sum of their values; null when none matched."),
        ("min", ValueKind.Number, "The lowest value; null when none matched."),
        ("max", ValueKind.Number, "The highest value; null when none matched."))
    {
        Series = new ObservationSchema(
            ("name", ValueKind.String, "The metric name (a whole histogram or summary: its family name)."),
            ("labels", ValueKind.Map, "The labels, name to value (a whole histogram without le, a summary without quantile)."),
            ("value", ValueKind.Number, "The sample value; for a whole histogram or summary its count of observations."),
            ("type", ValueKind.String, "The family's TYPE: counter, gauge, histogram, summary, untyped…"),
            ("increase", ValueKind.Number, "With interval: the change between the scrapes (a counter that fell restarted from 0); else null."),
            ("rate", ValueKind.Number, "With interval: increase per second; else null."),
            (Expectations.Functions.QuantileFunction.BucketsObservation, ValueKind.List,
                "A whole histogram's buckets {le, count}, cumulative; with interval, the observations between the scrapes. Null otherwise."),
            (Expectations.Functions.QuantileFunction.QuantilesObservation, ValueKind.List, "A summary's quantiles {quantile, value}; null otherwise."),
            ("sample_sum", ValueKind.Number, "A whole histogram's or summary's _sum; null otherwise.")),
    };

    /// <inheritdoc/>
    public string DefaultExpectation => "count > 0";

    /// <inheritdoc/>
    public string? CaptureObservation => "sum";

    /// <inheritdoc/>
    // Long enough for two scrapes a minute apart (seed 001 waits 60 seconds); a step with a longer interval sets timeout.
    public TimeSpan DefaultTimeout => TimeSpan.FromMinutes(5);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics) => MetricsOptionRules.Check(options, diagnostics);

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new MetricsProbe(MetricsOptions.From(options));
}
