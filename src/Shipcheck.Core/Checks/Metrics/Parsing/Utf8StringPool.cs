using System.Text;

namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>
/// Turns UTF-8 bytes into strings, returning the same string for the same bytes: an exposition repeats its metric
/// names, label names and most label values on every line, so this saves both decoding and memory. Bounded: past
/// <see cref="MaxEntries"/> distinct strings (or for long ones) it just decodes.
/// </summary>
internal sealed class Utf8StringPool
{
    private const int MaxEntries = 100_000;
    private const int MaxPooledBytes = 128;

    private readonly Dictionary<string, string> _strings = new(Utf8Comparer.Instance);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<byte>> _byBytes;

    public Utf8StringPool() => _byBytes = _strings.GetAlternateLookup<ReadOnlySpan<byte>>();

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxPooledBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }
        if (_byBytes.TryGetValue(utf8, out var pooled))
        {
            return pooled;
        }
        var text = Encoding.UTF8.GetString(utf8);
        if (_strings.Count < MaxEntries)
        {
            _strings[text] = text;
        }
        return text;
    }

    // Hashes and compares by UTF-8 content, so that a byte span finds the string decoded from the same bytes.
    private sealed class Utf8Comparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<byte>, string>
    {
        public static readonly Utf8Comparer Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string text)
        {
            Span<byte> buffer = stackalloc byte[MaxPooledBytes * 3];
            return Encoding.UTF8.TryGetBytes(text, buffer, out var written)
                ? GetHashCode(buffer[..written])
                : GetHashCode(Encoding.UTF8.GetBytes(text));
        }

        // Ascii.Equals is false for any other byte, so only text beyond ASCII pays for decoding.
        public bool Equals(ReadOnlySpan<byte> alternate, string other) =>
            Ascii.Equals(alternate, other) || (!Ascii.IsValid(alternate) && Encoding.UTF8.GetString(alternate) == other);

        public int GetHashCode(ReadOnlySpan<byte> alternate) => ByteHash.Of(alternate);

        public string Create(ReadOnlySpan<byte> alternate) => Encoding.UTF8.GetString(alternate);
    }
}
