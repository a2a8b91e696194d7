using System.Text;

namespace Shipcheck.Core.Markdown.Repair;

/// <summary>
/// A single-byte code page that UTF-8 text is often mis-read as. Only its upper half matters: the lower half is ASCII,
/// which UTF-8 never changes, so mojibake is always made of the characters this code page gives bytes 0x80–0xFF.
/// </summary>
public sealed class LegacyCodePage
{
    private readonly Dictionary<char, byte> _bytes = [];

    private LegacyCodePage(string name, int codePage)
    {
        Name = name;
        // The provider ships with the runtime; registering it twice is harmless.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        for (var b = 0x80; b <= 0xFF; b++)
        {
            var decoded = encoding.GetString([(byte)b]);
            if (decoded.Length == 1 && decoded[0] != '\uFFFD')
            {
                _bytes.TryAdd(decoded[0], (byte)b);
            }
        }
    }

    /// <summary>Mac OS Roman (code page 10000): <c>‚úÖ</c> for ✅.</summary>
    public static LegacyCodePage MacRoman { get; } = new("Mac Roman", 10000);

    /// <summary>Windows-1252: <c>ìµœì¢…</c> for 최종.</summary>
    public static LegacyCodePage Windows1252 { get; } = new("Windows-1252", 1252);

    /// <summary>Windows-1254 (Turkish): Windows-1252 with ğ for 0xF0, so emoji come out as <c>ğŸ…</c> rather than <c>ðŸ…</c>.</summary>
    public static LegacyCodePage Windows1254 { get; } = new("Windows-1254", 1254);

    /// <summary>The code pages tried, in this order; the first that repairs most of a run wins.</summary>
    public static IReadOnlyList<LegacyCodePage> Defaults { get; } = [MacRoman, Windows1252, Windows1254];

    /// <summary>The name the report uses.</summary>
    public string Name { get; }

    /// <summary>The byte this code page writes for <paramref name="c"/>, when it is one of its upper-half characters.</summary>
    public bool TryGetByte(char c, out byte value) => _bytes.TryGetValue(c, out value);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
