using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Http;

/// <summary>Load-time checks of an <c>http</c> step that the generic option check cannot make.</summary>
internal static class HttpOptionRules
{
    public static void Check(OptionValues options, DiagnosticBag diagnostics)
    {
        if (options.Text(HttpKind.UrlOption) is { IsLiteral: true } url && !HttpTargets.IsHttpUrl(url.Source, out _))
        {
            diagnostics.Add(options.SpanOf(HttpKind.UrlOption), $"'{url.Source}' is not an absolute http:// or https:// URL",
                "write the whole URL, for example http://127.0.0.1:8080/health");
        }
        if (options.Text(HttpKind.MethodOption) is { IsLiteral: true } method && !IsKnownMethod(method.Source))
        {
            var hint = Suggestions.DidYouMean(method.Source.ToUpperInvariant(), HttpKind.Methods) ?? $"use one of {string.Join(", ", HttpKind.Methods)}";
            diagnostics.Add(options.SpanOf(HttpKind.MethodOption), $"unknown HTTP method '{method.Source}'", hint);
        }
        CheckHeaderNames(options, HttpKind.HeadersOption, diagnostics);
    }

    /// <summary>Reports every name of the TextMap option <paramref name="option"/> that cannot be an HTTP header name.</summary>
    public static void CheckHeaderNames(OptionValues options, string option, DiagnosticBag diagnostics)
    {
        foreach (var name in options.TextMap(option).Keys.Where(name => !IsHeaderName(name)))
        {
            diagnostics.Add(options.SpanOf(option), $"'{name}' is not a valid header name",
                "header names are letters, digits and '-' (no spaces or ':')");
        }
    }

    /// <summary>True for a method in <see cref="HttpKind.Methods"/>, in any case.</summary>
    public static bool IsKnownMethod(string method) => HttpKind.Methods.Contains(method.Trim().ToUpperInvariant());

    // RFC 9110 token characters.
    private static bool IsHeaderName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal));
}
