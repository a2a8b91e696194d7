using System.Text;
using System.Text.Json;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>Reads the explanation of a refused request: the engine's <c>{"message": …}</c>, or the start of whatever text came.</summary>
internal static class EngineMessages
{
    private const int MaxBytes = 4096;
    private const int MaxShownChars = 300;

    public static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }
        var text = Encoding.UTF8.GetString(buffer, 0, length).Trim();
        return FromJson(text) ?? (text.Length == 0 ? "no explanation" : Shorten(text));
    }

    private static string? FromJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                ? message.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string text) => text.Length > MaxShownChars ? text[..MaxShownChars] + "…" : text;
}
