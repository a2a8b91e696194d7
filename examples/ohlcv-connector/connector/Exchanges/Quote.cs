namespace OhlcvConnector.Exchanges;

/// <summary>The latest best bid and ask of one symbol on one exchange.</summary>
/// <param name="Exchange">The exchange.</param>
/// <param name="Symbol">The symbol, in the exchange's spelling.</param>
/// <param name="Bid">The best bid.</param>
/// <param name="Ask">The best ask.</param>
/// <param name="Timestamp">When the exchange sent it, in unix milliseconds.</param>
public sealed record Quote(string Exchange, string Symbol, double Bid, double Ask, long Timestamp);
