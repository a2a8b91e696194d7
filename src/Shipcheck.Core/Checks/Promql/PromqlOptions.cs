using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Promql;

/// <summary>What a <c>promql</c> step asks for.</summary>
/// <param name="Server">The Prometheus base URL.</param>
/// <param name="Query">The PromQL expression.</param>
/// <param name="Time">The evaluation instant (RFC 3339 or unix seconds); null for the step's now.</param>
/// <param name="Headers">Request headers.</param>
/// <param name="TlsVerify">False accepts any server certificate (self-signed test hosts).</param>
public sealed record PromqlOptions(
    Template Server,
    Template Query,
    Template? Time,
    IReadOnlyDictionary<string, Template> Headers,
    bool TlsVerify)
{
    /// <summary>Reads the options of a validated step.</summary>
    public static PromqlOptions From(OptionValues options) => new(
        options.Text(PromqlKind.ServerOption) ?? Template.Literal(""),
        options.Text(PromqlKind.QueryOption) ?? Template.Literal(""),
        options.Text(PromqlKind.TimeOption),
        options.TextMap(PromqlKind.HeadersOption),
        options.Get(PromqlKind.TlsVerifyOption, true));
}
