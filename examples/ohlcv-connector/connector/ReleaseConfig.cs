using System.Text.Json;

namespace OhlcvConnector;

/// <summary>The release a deploy installs: releases/&lt;version&gt;/release.json, copied into the install folder.</summary>
/// <param name="Version">The version the connector reports.</param>
/// <param name="Exchanges">The exchanges it connects to, each with the symbols it quotes.</param>
/// <param name="QuotesPerSecond">How many quotes each exchange delivers per second.</param>
/// <param name="LatencyMedianMs">The median quote latency, in milliseconds.</param>
/// <param name="Fault">What goes wrong in a release broken on purpose; null in a good one.</param>
public sealed record ReleaseConfig(
    string Version,
    IReadOnlyList<ExchangeConfig> Exchanges,
    double QuotesPerSecond,
    double LatencyMedianMs,
    ExchangeFault? Fault)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Reads release.json from <paramref name="installDirectory"/>; null with a reason when it cannot.</summary>
    public static ReleaseConfig? Load(string installDirectory, out string? problem)
    {
        var path = Path.Combine(installDirectory, "release.json");
        try
        {
            var config = JsonSerializer.Deserialize<ReleaseConfig>(File.ReadAllText(path), Options);
            problem = config is null ? $"{path} is empty" : config.Problem();
            return problem is null ? config : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            problem = $"cannot read {path}: {e.Message}";
            return null;
        }
    }

    private string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Version))
        {
            return "release.json has no \"version\"";
        }
        if (Exchanges is not { Count: > 0 } || Exchanges.Any(e => string.IsNullOrWhiteSpace(e.Name) || e.Symbols is not { Count: > 0 }))
        {
            return "release.json needs \"exchanges\": a list of { \"name\", \"symbols\": [...] }";
        }
        if (QuotesPerSecond is <= 0 or > 1000 || LatencyMedianMs <= 0)
        {
            return "release.json needs \"quotes_per_second\" (1-1000) and \"latency_median_ms\" (above 0)";
        }
        if (Fault is { } fault && Exchanges.All(e => e.Name != fault.Exchange))
        {
            return $"the fault names exchange '{fault.Exchange}', which is not among the exchanges";
        }
        return null;
    }
}

/// <summary>One exchange the connector streams quotes from.</summary>
/// <param name="Name">binance, okx, bybit…</param>
/// <param name="Symbols">The symbols it quotes, in the exchange's own spelling.</param>
public sealed record ExchangeConfig(string Name, IReadOnlyList<string> Symbols);

/// <summary>A fault built into a broken release: an exchange's messages stop decoding and its breaker opens.</summary>
/// <param name="Exchange">The exchange that fails.</param>
/// <param name="AfterSeconds">How long after that exchange connected the fault starts.</param>
/// <param name="Error">The decode error the log reports.</param>
public sealed record ExchangeFault(string Exchange, double AfterSeconds, string Error);
