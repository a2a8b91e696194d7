namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>One label of a sample: <c>exchange="binance"</c>.</summary>
/// <param name="Name">The label name.</param>
/// <param name="Value">The label value, unescaped.</param>
public readonly record struct Label(string Name, string Value);
