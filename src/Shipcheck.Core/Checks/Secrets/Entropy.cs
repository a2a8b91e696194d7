namespace Shipcheck.Core.Checks.Secrets;

/// <summary>Shannon entropy of a value's characters, in bits per character: 0 for "aaaa", 4 for 16 equally used hex digits.</summary>
internal static class Entropy
{
    /// <summary>The entropy of <paramref name="value"/>; 0 for an empty one.</summary>
    public static double BitsPerCharacter(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }
        var counts = new Dictionary<char, int>();
        foreach (var c in value)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }
        double length = value.Length;
        return -counts.Values.Sum(n => n / length * Math.Log2(n / length));
    }
}
