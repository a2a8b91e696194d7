using System.Text;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// The bytes of one line arriving in pieces (a docker log frame, an ssh stream), capped at
/// <see cref="LogBlock.MaxLineBytes"/> like a line of a file: the rest of a longer line is dropped and it still counts once.
/// </summary>
internal sealed class LineBuffer
{
    private readonly byte[] _bytes = new byte[LogBlock.MaxLineBytes];
    private int _count;
    private bool _started;

    /// <summary>True when a line has begun and not been taken.</summary>
    public bool HasContent => _started;

    /// <summary>Adds bytes of the current line (no newline among them).</summary>
    public void Append(ReadOnlySpan<byte> data)
    {
        _started |= !data.IsEmpty;
        var take = Math.Min(data.Length, _bytes.Length - _count);
        data[..take].CopyTo(_bytes.AsSpan(_count));
        _count += take;
    }

    /// <summary>The line as text without a final CR (invalid UTF-8 becomes U+FFFD); starts the next line.</summary>
    public string TakeText()
    {
        var bytes = _bytes.AsSpan(0, _count);
        if (bytes is [.., (byte)'\r'])
        {
            bytes = bytes[..^1];
        }
        var text = Encoding.UTF8.GetString(bytes);
        _count = 0;
        _started = false;
        return text;
    }
}
