namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>How a secret is shown: its first 4 characters and "…" when it is longer than 8, else "REDACTED".</summary>
public static class Redaction
{
    /// <summary>What stands in for a value nobody may see.</summary>
    public const string Hidden = "REDACTED";

    /// <summary>The shown form of <paramref name="secret"/>.</summary>
    public static string Of(ReadOnlySpan<char> secret) => secret.Length > 8 ? string.Concat(secret[..4], "…") : Hidden;

    /// <summary><paramref name="match"/> with the secret at <paramref name="secretStart"/> (inside it) replaced by its shown form.</summary>
    public static string InMatch(ReadOnlySpan<char> match, int secretStart, int secretLength) =>
        string.Concat(match[..secretStart], Of(match.Slice(secretStart, secretLength)), match[(secretStart + secretLength)..]);
}
