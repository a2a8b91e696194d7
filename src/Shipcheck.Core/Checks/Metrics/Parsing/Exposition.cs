namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>What a parsed exposition holds: its metric families in the order they appeared, or why parsing stopped.</summary>
/// <param name="Families">Families that had at least one sample.</param>
/// <param name="Error">Set when the exposition is not valid; <paramref name="Families"/> is then what came before.</param>
/// <param name="Lines">Lines read.</param>
public sealed record Exposition(IReadOnlyList<MetricFamily> Families, ExpositionError? Error, int Lines);
