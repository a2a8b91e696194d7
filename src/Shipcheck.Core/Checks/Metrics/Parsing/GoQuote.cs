using System.Globalization;
using System.Text;

namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>
/// Quotes text for parse errors the way Go's <c>%q</c> does (<c>"a\"b"</c>, <c>"\xbd"</c> for a byte that is not
/// UTF-8), so messages read like the reference parser's.
/// </summary>
internal static class GoQuote
{
    public static string Text(ReadOnlySpan<byte> utf8)
    {
        var builder = new StringBuilder(utf8.Length + 2).Append('"');
        while (!utf8.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(utf8, out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\x{utf8[0]:x2}");
                utf8 = utf8[1..];
                continue;
            }
            Append(builder, rune);
            utf8 = utf8[consumed..];
        }
        return builder.Append('"').ToString();
    }

    public static string Text(string text) => Text(Encoding.UTF8.GetBytes(text));

    /// <summary>A single byte as a Go character literal: <c>'+'</c>.</summary>
    public static string Byte(byte b) => b switch
    {
        (byte)'\n' => "'\\n'",
        (byte)'\t' => "'\\t'",
        (byte)'\'' => "'\\''",
        < 0x20 or >= 0x7f => string.Create(CultureInfo.InvariantCulture, $"'\\x{b:x2}'"),
        _ => $"'{(char)b}'",
    };

    private static void Append(StringBuilder builder, Rune rune)
    {
        switch (rune.Value)
        {
            case '"': builder.Append("\\\""); break;
            case '\\': builder.Append("\\\\"); break;
            case '\n': builder.Append("\\n"); break;
            case '\t': builder.Append("\\t"); break;
            case '\r': builder.Append("\\r"); break;
            case < 0x20 or 0x7f: builder.Append(CultureInfo.InvariantCulture, $"\\x{rune.Value:x2}"); break;
            default: builder.Append(rune.ToString()); break;
        }
    }
}
