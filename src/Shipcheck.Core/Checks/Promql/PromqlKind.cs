using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Promql;

/// <summary>
/// <c>promql</c>: runs one instant query against a Prometheus server's HTTP API and observes every series of the
/// result, so an expectation can judge each of them (<c>value == 0</c>) or the result as a whole (<c>count == 0</c>).
/// </summary>
public sealed class PromqlKind : ICheckKind
{
    internal const string ServerOption = "server";
    internal const string QueryOption = "query";
    internal const string TimeOption = "time";
    internal const string HeadersOption = "headers";
    internal const string TlsVerifyOption = "tls_verify";

    /// <inheritdoc/>
    public string Name => "promql";

    /// <inheritdoc/>
    public string Description =>
        "Runs a PromQL instant query against a Prometheus server; observes each series of the result (name, labels, value) and their count, sum, min and max.";

    /// <inheritdoc/>
    /// <remarks>None: a query means nothing without its server, and neither is a sensible default for the other.</remarks>
    public string? ShorthandOption => null;

    /// <inheritdoc/>
    /// <remarks>The query first: a step's one-line target in the plan is its first option, and the query says more than the server.</remarks>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(QueryOption, OptionType.Text, "The PromQL expression; its result must be a scalar or an instant vector.") { Required = true },
        new(ServerOption, OptionType.Text,
            "The Prometheus base URL (http://127.0.0.1:9090, with the path prefix when it has one); user:password@ in it is sent as basic auth.")
        { Required = true },
        new(TimeOption, OptionType.Text, "The instant to evaluate at: RFC 3339 (2026-01-15T09:00:00Z) or unix seconds (default: now)."),
        new(HeadersOption, OptionType.TextMap, "Request headers, such as Authorization: \"Bearer ${PROM_TOKEN}\"."),
        new(TlsVerifyOption, OptionType.Boolean, "Verify the server's TLS certificate (default true; false accepts self-signed certificates)."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        (ObservationSchema.SeriesObservation, ValueKind.List,
            "Every series of the result, each a map of name, labels and value; a scalar result is one series without name or labels."),
        ("count", ValueKind.Number, "How many series the query returned; 0 for an empty result."),
        ("sum", ValueKind.Number, "The sum of the series' values; null when there are none."),
        ("min", ValueKind.Number, "The smallest value; null when there are none."),
        ("max", ValueKind.Number, "The largest value; null when there are none."),
        ("result_type", ValueKind.String, "What Prometheus returned: \"vector\" or \"scalar\"."),
        ("warnings", ValueKind.List, "The warnings Prometheus returned with the result (texts); empty when none."))
    {
        Series = new ObservationSchema(
            (SeriesLabels.NameKey, ValueKind.String, "The metric name (__name__); empty when the query's functions or operators drop it, and for a scalar."),
            (SeriesLabels.LabelsKey, ValueKind.Map, "The series' labels without __name__: labels.job, labels.instance."),
            (PromqlSeries.ValueKey, ValueKind.Number, "The sample's value; NaN, +Inf and -Inf are numbers too, and NaN compares false with everything.")),
    };

    /// <inheritdoc/>
    /// <remarks>At least one series came back; with none the step is <c>no_data</c>, never a pass.</remarks>
    public string DefaultExpectation => "any(true)";

    /// <inheritdoc/>
    /// <remarks>For a query that returns one number (a scalar, or <c>sum(...)</c>), the sum is that number.</remarks>
    public string? CaptureObservation => "sum";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics) => PromqlOptionRules.Check(options, diagnostics);

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new PromqlProbe(PromqlOptions.From(options));
}
