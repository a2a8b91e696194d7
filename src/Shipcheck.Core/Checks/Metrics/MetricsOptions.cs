using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Metrics;

/// <summary>What a <c>metrics</c> step asks for.</summary>
/// <param name="Url">The absolute http:// or https:// URL of the endpoint.</param>
/// <param name="Select">The series selector; null for every series.</param>
/// <param name="Interval">The wait between two scrapes; null for one scrape.</param>
/// <param name="Headers">Request headers.</param>
/// <param name="TlsVerify">False accepts any server certificate (self-signed test hosts).</param>
public sealed record MetricsOptions(
    Template Url,
    Template? Select,
    TimeSpan? Interval,
    IReadOnlyDictionary<string, Template> Headers,
    bool TlsVerify)
{
    /// <summary>Reads the options of a validated step.</summary>
    public static MetricsOptions From(OptionValues options) => new(
        options.Text(MetricsKind.UrlOption) ?? Template.Literal(""),
        options.Text(MetricsKind.SelectOption),
        options.Has(MetricsKind.IntervalOption) ? options.Get(MetricsKind.IntervalOption, TimeSpan.Zero) : null,
        options.TextMap(MetricsKind.HeadersOption),
        options.Get(MetricsKind.TlsVerifyOption, true));
}
