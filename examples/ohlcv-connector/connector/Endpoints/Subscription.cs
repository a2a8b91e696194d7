using System.Text.Json;
using System.Text.Json.Serialization;

namespace OhlcvConnector.Endpoints;

/// <summary>What a WebSocket client asks for: {"exchange":"binance","contract_type":"spot","symbols":["BTCUSDT"],"limit":1}.</summary>
/// <param name="Exchange">The exchange.</param>
/// <param name="ContractType">spot or futures; echoed in each quote.</param>
/// <param name="Symbols">The symbols, in the exchange's spelling.</param>
/// <param name="Limit">How many quotes per symbol to send before closing (1-100).</param>
public sealed record Subscription(
    [property: JsonPropertyName("exchange")] string? Exchange,
    [property: JsonPropertyName("contract_type")] string? ContractType,
    [property: JsonPropertyName("symbols")] IReadOnlyList<string>? Symbols,
    [property: JsonPropertyName("limit")] int? Limit)
{
    private const int MaxLimit = 100;

    /// <summary>Parses a subscription message; null with what is wrong and how to write it.</summary>
    public static Subscription? Parse(string text, out string? problem)
    {
        Subscription? request;
        try
        {
            request = JsonSerializer.Deserialize<Subscription>(text);
        }
        catch (JsonException)
        {
            request = null;
        }
        problem = request switch
        {
            null => "the message is not a JSON object",
            { Exchange: null or "" } => "\"exchange\" is missing",
            { Symbols: null or { Count: 0 } } => "\"symbols\" is missing or empty",
            { Limit: < 1 or > MaxLimit } => $"\"limit\" must be 1-{MaxLimit}",
            { ContractType: not (null or "spot" or "futures") } => "\"contract_type\" must be spot or futures",
            _ => null,
        };
        return problem is null ? request : null;
    }

    /// <summary>Quotes per symbol.</summary>
    public int QuotesPerSymbol => Limit ?? 1;
}
