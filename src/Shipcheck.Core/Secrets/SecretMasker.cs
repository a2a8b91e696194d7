namespace Shipcheck.Core.Secrets;

/// <summary>
/// Replaces every known secret value with <c>****</c>. Applied at the source, before anything is printed, stored or
/// reported. Values of fewer than 4 characters are not masked by content: masking "1" would mangle every number.
/// </summary>
public sealed class SecretMasker
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Replacement = "****";

    private readonly object _gate = new();
    private string[] _secrets = [];

    /// <summary>True when at least one secret value is known.</summary>
    public bool HasSecrets => _secrets.Length > 0;

    /// <summary>Adds a secret value (from <c>secrets:</c> or a <c>secret: true</c> capture).</summary>
    public void Add(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 4)
        {
            return;
        }
        lock (_gate)
        {
            // Longest first, so a secret that contains another is masked whole.
            _secrets = [.. _secrets.Append(value).Append(value.Trim()).Where(s => s.Length >= 4).Distinct().OrderByDescending(s => s.Length)];
        }
    }

    /// <summary>The text with every secret value replaced.</summary>
    public string Mask(string text)
    {
        var secrets = _secrets;
        foreach (var secret in secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Replacement, StringComparison.Ordinal);
            }
        }
        return text;
    }

    /// <summary>Null stays null; text is masked.</summary>
    public string? MaskOrNull(string? text) => text is null ? null : Mask(text);
}
