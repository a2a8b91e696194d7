namespace Shipcheck.Core.SecretScanning.Rules;

/// <summary>Shannon entropy in bits per character, as gitleaks computes it (over the characters of the secret).</summary>
public static class Entropy
{
    /// <summary>The entropy of <paramref name="text"/>; 0 for an empty text.</summary>
    public static double Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }
        var counts = new Dictionary<char, int>();
        foreach (var c in text)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }
        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / text.Length;
            entropy -= p * Math.Log2(p);
        }
        return entropy;
    }
}
