using Shipcheck.Core.Checks.Metrics.Parsing;

namespace Shipcheck.Core.Checks.Metrics;

/// <summary>What one scrape gave: the parsed exposition, or why there is none (worded for the step's evidence).</summary>
/// <param name="Exposition">The families read; null when the scrape failed.</param>
/// <param name="Error">What is wrong and what to check; null when the scrape worked.</param>
/// <param name="Summary">One line for the evidence: status, format, size.</param>
/// <param name="Body">The start of the body when it is worth showing (an error page); else empty.</param>
internal sealed record MetricsScrape(Exposition? Exposition, string? Error, string Summary, string Body = "")
{
    public static MetricsScrape Failed(string error, string summary = "", string body = "") => new(null, error, summary, body);
}
