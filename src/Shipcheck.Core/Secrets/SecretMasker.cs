using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Shipcheck.Core.Secrets;

/// <summary>
/// Replaces every known secret value with <c>****</c>. Applied at the source, before anything is printed, stored or
/// reported. Values of fewer than 4 characters are not masked by content: masking "1" would mangle every number.
/// </summary>
public sealed partial class SecretMasker
{
    /// <summary>The shortest value masked by content; shorter secrets are refused when a run is prepared.</summary>
    public const int MinimumLength = 4;

    /// <summary>What a secret is replaced with.</summary>
    public const string Replacement = "****";

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly object _gate = new();
    private string[] _secrets = [];

    /// <summary>True when at least one secret value is known.</summary>
    public bool HasSecrets => _secrets.Length > 0;

    /// <summary>
    /// Adds a secret value (from <c>secrets:</c> or a <c>secret: true</c> capture) with every spelling in which it can
    /// reach a record: trimmed, and JSON-escaped as observations store it (<c>+</c> becomes <c>\u002B</c>) and as
    /// explanations quote it (<c>"</c> becomes <c>\"</c>).
    /// </summary>
    public void Add(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < MinimumLength)
        {
            return;
        }
        string[] spellings = [value, value.Trim(), JsonSerializer.Serialize(value)[1..^1], JsonSerializer.Serialize(value, Relaxed)[1..^1]];
        lock (_gate)
        {
            // Longest first, so a secret that contains another is masked whole.
            _secrets = [.. _secrets.Concat(spellings).Where(s => s.Length >= MinimumLength).Distinct().OrderByDescending(s => s.Length)];
        }
    }

    /// <summary>The text with every secret value replaced, including a secret cut in two by an omitted middle.</summary>
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
        return secrets.Length == 0 || !text.Contains("bytes omitted", StringComparison.Ordinal) ? text : MaskCutEdges(text, secrets);
    }

    /// <summary>
    /// Long output keeps only its head and tail, joined by a "… N bytes omitted …" line. A secret standing across a cut
    /// survives as a fragment (the start of it ending the head, the end of it starting the tail) that the whole-value
    /// search cannot see, so the fragments on both sides of each cut are masked too.
    /// </summary>
    private static string MaskCutEdges(string text, string[] secrets)
    {
        foreach (var cut in OmittedLine().Matches(text).Reverse())
        {
            var tail = text[(cut.Index + cut.Length)..];
            var head = text[..cut.Index];
            text = MaskFragment(head, secrets, atEnd: true) + cut.Value + MaskFragment(tail, secrets, atEnd: false);
        }
        return text;
    }

    private static string MaskFragment(string part, string[] secrets, bool atEnd)
    {
        var longest = 0;
        foreach (var secret in secrets)
        {
            for (var length = Math.Min(secret.Length - 1, part.Length); length > longest; length--)
            {
                var fragment = atEnd ? secret[..length] : secret[^length..];
                if (atEnd ? part.EndsWith(fragment, StringComparison.Ordinal) : part.StartsWith(fragment, StringComparison.Ordinal))
                {
                    longest = length;
                    break;
                }
            }
        }
        if (longest == 0)
        {
            return part;
        }
        return atEnd ? part[..^longest] + Replacement : Replacement + part[longest..];
    }

    // The plain line, or its spelling inside a JSON string (escaped newline, escaped ellipsis).
    [GeneratedRegex(@"(\\n|\n)(…|\\u2026) \d+ bytes omitted (…|\\u2026)(\\n|\n)")]
    private static partial Regex OmittedLine();

    /// <summary>Null stays null; text is masked.</summary>
    public string? MaskOrNull(string? text) => text is null ? null : Mask(text);
}
