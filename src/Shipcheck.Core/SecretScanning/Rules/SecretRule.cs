namespace Shipcheck.Core.SecretScanning.Rules;

/// <summary>
/// One detection rule, in gitleaks' terms: a regex (with the secret in group <see cref="SecretGroup"/>, else the first
/// group that matched, else the whole match), a minimum entropy, keywords that must appear in the file before the
/// regex runs, and an optional path pattern (a rule with a path and no regex reports the file itself).
/// </summary>
public sealed class SecretRule
{
    /// <summary>The rule's id (<c>aws-access-token</c>), used in reports and fingerprints.</summary>
    public required string Id { get; init; }

    /// <summary>What the rule finds, for people.</summary>
    public string Description { get; init; } = "";

    /// <summary>The pattern; null for a path-only rule.</summary>
    public RuleRegex? Regex { get; init; }

    /// <summary>The group holding the secret; 0 means the first group that matched, or the whole match.</summary>
    public int SecretGroup { get; init; }

    /// <summary>The minimum Shannon entropy a secret must exceed; 0 for none.</summary>
    public double Entropy { get; init; }

    /// <summary>Lower-case words of which one must be in the file for the regex to run; empty means always run.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>A pattern the file's path must match; null for every file.</summary>
    public RuleRegex? Path { get; init; }

    /// <summary>Labels from the config.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>This rule's own allowlists.</summary>
    public IReadOnlyList<Allowlist> Allowlists { get; init; } = [];

    /// <summary>
    /// True when a match may cross a line break on purpose (a PEM block, base64 wrapped over lines), so the scanner
    /// gives it more than the lines around its keyword.
    /// </summary>
    public bool SpansLines => Regex is { } regex && (regex.Source.Contains("\\n", StringComparison.Ordinal)
        || regex.Source.Contains("\\r", StringComparison.Ordinal)
        || regex.Source.Contains("[\\s\\S", StringComparison.Ordinal)
        || regex.Source.Contains("(?s", StringComparison.Ordinal));
}
