using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>The message for containers a step names that the engine does not have, with did-you-mean and what is there.</summary>
internal static class MissingContainers
{
    private const int NamesShown = 10;

    /// <summary>
    /// "no container named 'real-colector' (did you mean 'real-collector'? containers here: …); check the name or
    /// whether the deploy created it".
    /// </summary>
    public static string Describe(IReadOnlyList<string> missing, IReadOnlyList<string> existing)
    {
        var each = missing.Select(name => Suggestions.DidYouMean(name, existing) is { } suggestion
            ? $"'{name}' ({suggestion})"
            : $"'{name}'");
        var noun = missing.Count == 1 ? "no container named" : "no containers named";
        return $"{noun} {string.Join(", ", each)}; {Present(existing)}; check the name or whether the deploy created it";
    }

    private static string Present(IReadOnlyList<string> existing) => existing.Count == 0
        ? "the engine has no containers at all"
        : "containers here: " + string.Join(", ", existing.Take(NamesShown)) + (existing.Count > NamesShown ? $" and {existing.Count - NamesShown} more" : "");
}
