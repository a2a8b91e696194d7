using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Http;

/// <summary>What an <c>http</c> step asks for.</summary>
/// <param name="Url">The absolute http:// or https:// URL.</param>
/// <param name="Method">The method; null for GET.</param>
/// <param name="Headers">Request headers.</param>
/// <param name="Body">The request body, sent as UTF-8; null for none.</param>
/// <param name="TlsVerify">False accepts any server certificate (self-signed test hosts).</param>
/// <param name="FollowRedirects">False reports a redirect's own status instead of following it.</param>
public sealed record HttpOptions(
    Template Url,
    Template? Method,
    IReadOnlyDictionary<string, Template> Headers,
    Template? Body,
    bool TlsVerify,
    bool FollowRedirects)
{
    /// <summary>Reads the options of a validated step.</summary>
    public static HttpOptions From(OptionValues options) => new(
        options.Text(HttpKind.UrlOption) ?? Template.Literal(""),
        options.Text(HttpKind.MethodOption),
        options.TextMap(HttpKind.HeadersOption),
        options.Text(HttpKind.BodyOption),
        options.Get(HttpKind.TlsVerifyOption, true),
        options.Get(HttpKind.FollowRedirectsOption, true));
}
