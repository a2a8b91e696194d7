namespace Shipcheck.Core.Checks.Secrets;

/// <summary>What makes a value acceptable: the step's placeholder patterns and its bar for sensitive values.</summary>
/// <param name="Sensitive">Name patterns whose values must be long and random.</param>
/// <param name="MinLength">The fewest characters of a sensitive value.</param>
/// <param name="MinEntropy">The least bits per character of a sensitive value.</param>
/// <param name="ExtraPlaceholders">The step's own placeholder patterns.</param>
internal sealed record EnvRules(IReadOnlyList<string> Sensitive, long MinLength, double MinEntropy, IReadOnlyList<string> ExtraPlaceholders)
{
    /// <summary>True when <paramref name="name"/> matches a sensitive pattern.</summary>
    public bool IsSensitive(string name) => Sensitive.Any(pattern => NamePattern.Matches(pattern, name));

    /// <summary>Why a sensitive value is too weak, without a word of the value; null when it is strong enough.</summary>
    public string? Weakness(string value, out double entropy)
    {
        entropy = Entropy.BitsPerCharacter(value);
        var reasons = new List<string>();
        if (value.Length < MinLength)
        {
            reasons.Add($"is {value.Length} characters, fewer than {MinLength}");
        }
        if (entropy < MinEntropy)
        {
            reasons.Add($"has {entropy:0.0} bits of entropy per character, less than {MinEntropy:0.0#}");
        }
        return reasons.Count == 0
            ? null
            : string.Join(" and ", reasons) + ": use a random value, for example the output of 'openssl rand -hex 32'";
    }
}
