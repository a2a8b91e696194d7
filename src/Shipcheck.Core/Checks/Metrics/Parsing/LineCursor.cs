using System.Buffers;

namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>
/// Reads one line of an exposition byte by byte, the way the reference parser reads its stream: <see cref="Current"/>
/// is the byte last read, and reading past the end of the line (only possible on a last line without a new-line) is
/// the end of the input.
/// </summary>
internal ref struct LineCursor(ReadOnlySpan<byte> line)
{
    private readonly ReadOnlySpan<byte> _line = line;
    private int _next;

    /// <summary>The byte read last.</summary>
    public byte Current { get; private set; }

    /// <summary>The whole line.</summary>
    public readonly ReadOnlySpan<byte> Line => _line;

    /// <summary>Where <see cref="Current"/> is in the line.</summary>
    public readonly int Position => _next - 1;

    /// <summary><see cref="Current"/> and the bytes after it.</summary>
    public readonly ReadOnlySpan<byte> FromCurrent => _line[(_next - 1)..];

    /// <summary>The bytes after <see cref="Current"/>.</summary>
    public readonly ReadOnlySpan<byte> Remaining => _line[_next..];

    /// <summary>Reads the next byte; false at the end of the input.</summary>
    public bool Next()
    {
        if (_next < _line.Length)
        {
            Current = _line[_next++];
            return true;
        }
        return false;
    }

    /// <summary>Skips <paramref name="count"/> bytes and reads the one after them.</summary>
    public bool SkipAndNext(int count)
    {
        _next += count;
        return Next();
    }

    /// <summary>Reads until a byte that is neither blank nor tab, left in <see cref="Current"/>; false at the end of the input.</summary>
    public bool SkipBlankTab()
    {
        while (Next())
        {
            if (!IsBlankOrTab(Current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Like <see cref="SkipBlankTab"/>, but only when <see cref="Current"/> is blank or tab.</summary>
    public bool SkipBlankTabIfCurrentBlankTab() => !IsBlankOrTab(Current) || SkipBlankTab();

    /// <summary>The bytes from <see cref="Current"/> up to the next blank, tab or new-line; false at the end of the input.</summary>
    public bool ReadUntilWhitespace(out ReadOnlySpan<byte> token)
    {
        var start = _next - 1;
        var length = _line[start..].IndexOfAny((byte)' ', (byte)'\t', (byte)'\n');
        if (length < 0)
        {
            // Like reading byte by byte to the end: Current is the last byte.
            token = _line[start..];
            _next = _line.Length;
            Current = _line[^1];
            return false;
        }
        token = _line.Slice(start, length);
        _next = start + length;
        return Next();
    }

    /// <summary>
    /// The number of bytes after <see cref="Current"/> that are in <paramref name="bytes"/>, or -1 when all the rest
    /// of the line is.
    /// </summary>
    public readonly int RunAfterCurrent(SearchValues<byte> bytes) => Remaining.IndexOfAnyExcept(bytes);

    /// <summary>The bytes from <see cref="Current"/> up to the new-line; false at the end of the input.</summary>
    public bool ReadRestOfLine(out ReadOnlySpan<byte> token)
    {
        var start = _next - 1;
        var end = _line[start..].IndexOf((byte)'\n');
        if (end < 0)
        {
            token = _line[start..];
            _next = _line.Length;
            return false;
        }
        token = _line.Slice(start, end);
        _next = start + end;
        return Next();
    }

    /// <summary>Reads to the new-line, ignoring what is there; false at the end of the input.</summary>
    public bool SkipRestOfLine() => ReadRestOfLine(out _);

    public static bool IsBlankOrTab(byte b) => b is (byte)' ' or (byte)'\t';
}
