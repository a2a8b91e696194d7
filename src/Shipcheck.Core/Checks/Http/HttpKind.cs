using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Http;

/// <summary><c>http</c>: sends one request and observes the response.</summary>
public sealed class HttpKind : ICheckKind
{
    internal const string UrlOption = "url";
    internal const string MethodOption = "method";
    internal const string HeadersOption = "headers";
    internal const string BodyOption = "body";
    internal const string TlsVerifyOption = "tls_verify";
    internal const string FollowRedirectsOption = "follow_redirects";

    /// <summary>The methods a step may use.</summary>
    public static IReadOnlyList<string> Methods { get; } = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    /// <inheritdoc/>
    public string Name => "http";

    /// <inheritdoc/>
    public string Description => "Sends an HTTP request; observes the status, headers, body, JSON and latency.";

    /// <inheritdoc/>
    public string? ShorthandOption => UrlOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(UrlOption, OptionType.Text, "The absolute http:// or https:// URL.") { Required = true },
        new(MethodOption, OptionType.Text, "The request method (default GET)."),
        new(HeadersOption, OptionType.TextMap, "Request headers."),
        new(BodyOption, OptionType.Text, "The request body, sent as UTF-8 (Content-Type text/plain unless a header says otherwise)."),
        new(TlsVerifyOption, OptionType.Boolean, "Verify the server's TLS certificate (default true; false accepts self-signed certificates)."),
        new(FollowRedirectsOption, OptionType.Boolean, "Follow redirects (default true; false observes the redirect itself)."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        ("status", ValueKind.Number, "The response status code."),
        ("headers", ValueKind.Map, "Response headers by lower-case name; repeated headers joined with ', '."),
        ("body", ValueKind.String, "The response body as UTF-8, head and tail when long."),
        ("json", ValueKind.Any, "The body parsed as JSON; null when it is not JSON."),
        ("latency", ValueKind.Duration, "Time until the response headers arrived."));

    /// <inheritdoc/>
    public string DefaultExpectation => "status >= 200 and status < 400";

    /// <inheritdoc/>
    public string? CaptureObservation => "body";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics) => HttpOptionRules.Check(options, diagnostics);

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new HttpProbe(HttpOptions.From(options));
}
