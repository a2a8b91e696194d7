namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>
/// The string last decoded for one position of a line (the third label's name, say): consecutive lines mostly repeat
/// their label names and many values at the same place, and comparing the bytes with the last ones there is cheaper
/// than a lookup in the <see cref="Utf8StringPool"/>.
/// </summary>
internal sealed class RecentString
{
    private readonly ByteScratch _utf8 = new(capacity: 32);
    private string? _text;

    /// <summary>The string remembered for exactly these bytes, or null.</summary>
    public string? For(ReadOnlySpan<byte> utf8) => _text is not null && _utf8.Span.SequenceEqual(utf8) ? _text : null;

    /// <summary>Remembers <paramref name="text"/> as the string of <paramref name="utf8"/>, and returns it.</summary>
    public string Remember(ReadOnlySpan<byte> utf8, string text)
    {
        _utf8.Clear();
        _utf8.Add(utf8);
        _text = text;
        return text;
    }
}
