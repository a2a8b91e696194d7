using System.Text.Encodings.Web;
using System.Text.Json;
using Shipcheck.Core.Secrets;

namespace Shipcheck.Core.Engine;

/// <summary>Teaches the masker every spelling in which a secret can reach a record.</summary>
internal static class SecretMaskerExtensions
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Adds <paramref name="value"/> and its JSON-escaped spellings: observations are stored as JSON (<c>+</c> becomes
    /// <c>\u002B</c>) and explanations quote strings as readable JSON (<c>"</c> becomes <c>\"</c>), where a secret
    /// would otherwise slip past the masker.
    /// </summary>
    public static void AddSecret(this SecretMasker masker, string value)
    {
        masker.Add(value);
        foreach (var escaped in new[] { JsonSerializer.Serialize(value), JsonSerializer.Serialize(value, Relaxed) }.Select(q => q[1..^1]))
        {
            if (escaped != value)
            {
                masker.Add(escaped);
            }
        }
    }
}
