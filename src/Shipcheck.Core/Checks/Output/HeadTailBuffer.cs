using System.Globalization;
using System.Text;

namespace Shipcheck.Core.Checks.Output;

/// <summary>
/// Keeps the first and the last bytes of a stream of output and counts the rest, so a command that prints a gigabyte
/// costs a few kilobytes of memory. Safe to append from several threads (stdout and stderr share one for evidence).
/// </summary>
public sealed class HeadTailBuffer
{
    /// <summary>Bytes kept at each end unless told otherwise: 16 KiB.</summary>
    public const int DefaultLimit = 16 * 1024;

    private readonly Lock _gate = new();
    private readonly byte[] _head;
    private readonly byte[] _tail;
    private int _headCount;
    private int _tailStart;
    private int _tailCount;

    /// <summary>Creates a buffer keeping <paramref name="headBytes"/> from the start and <paramref name="tailBytes"/> from the end.</summary>
    public HeadTailBuffer(int headBytes = DefaultLimit, int tailBytes = DefaultLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(headBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(tailBytes);
        _head = new byte[headBytes];
        _tail = new byte[tailBytes];
    }

    /// <summary>Every byte appended so far, kept or not.</summary>
    public long TotalBytes { get; private set; }

    /// <summary>Bytes dropped from the middle.</summary>
    public long OmittedBytes
    {
        get
        {
            lock (_gate)
            {
                return TotalBytes - _headCount - _tailCount;
            }
        }
    }

    /// <summary>Adds text as UTF-8.</summary>
    public void Append(string text) => Append(Encoding.UTF8.GetBytes(text));

    /// <summary>Adds bytes.</summary>
    public void Append(ReadOnlySpan<byte> data)
    {
        lock (_gate)
        {
            TotalBytes += data.Length;
            var toHead = Math.Min(_head.Length - _headCount, data.Length);
            data[..toHead].CopyTo(_head.AsSpan(_headCount));
            _headCount += toHead;
            AppendToTail(data[toHead..]);
        }
    }

    /// <summary>
    /// The kept text as UTF-8: the whole output when nothing was dropped, otherwise head, a line
    /// <c>… N bytes omitted …</c>, and tail. Characters cut at either edge are left out rather than garbled.
    /// </summary>
    public override string ToString()
    {
        lock (_gate)
        {
            var tail = TailBytes();
            var omitted = TotalBytes - _headCount - _tailCount;
            if (omitted == 0)
            {
                return Encoding.UTF8.GetString([.. _head.AsSpan(0, _headCount), .. tail]);
            }
            var head = Utf8Edges.WithoutCutEnd(_head.AsSpan(0, _headCount));
            var omittedLine = string.Create(CultureInfo.InvariantCulture, $"\n… {omitted} bytes omitted …\n");
            return Encoding.UTF8.GetString(head) + omittedLine + Encoding.UTF8.GetString(Utf8Edges.WithoutCutStart(tail));
        }
    }

    private void AppendToTail(ReadOnlySpan<byte> data)
    {
        if (_tail.Length == 0 || data.IsEmpty)
        {
            return;
        }
        if (data.Length >= _tail.Length)
        {
            data[^_tail.Length..].CopyTo(_tail);
            _tailStart = 0;
            _tailCount = _tail.Length;
            return;
        }
        foreach (var b in data)
        {
            var end = (_tailStart + _tailCount) % _tail.Length;
            _tail[end] = b;
            if (_tailCount < _tail.Length)
            {
                _tailCount++;
            }
            else
            {
                _tailStart = (_tailStart + 1) % _tail.Length;
            }
        }
    }

    private byte[] TailBytes()
    {
        var result = new byte[_tailCount];
        for (var i = 0; i < _tailCount; i++)
        {
            result[i] = _tail[(_tailStart + i) % _tail.Length];
        }
        return result;
    }
}
