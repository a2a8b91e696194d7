using System.Text.Json;
using Shipcheck.Core.Secrets;

namespace Shipcheck.Core.Engine;

/// <summary>Teaches the masker every spelling in which a secret can reach a record.</summary>
internal static class SecretMaskerExtensions
{
    /// <summary>
    /// Adds <paramref name="value"/> and its JSON-escaped spelling: observations are stored as JSON and explanations quote
    /// strings as JSON, where <c>+</c> or <c>"</c> inside a secret would otherwise slip past the masker as <c>\u002B</c>.
    /// </summary>
    public static void AddSecret(this SecretMasker masker, string value)
    {
        masker.Add(value);
        var escaped = JsonSerializer.Serialize(value)[1..^1];
        if (escaped != value)
        {
            masker.Add(escaped);
        }
    }
}
