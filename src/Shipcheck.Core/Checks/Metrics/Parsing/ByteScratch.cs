namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>A reusable, growing byte buffer for tokens that need unescaping.</summary>
internal sealed class ByteScratch(int capacity = 256)
{
    private byte[] _buffer = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Add(byte b)
    {
        if (Length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        _buffer[Length++] = b;
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        if (Length + bytes.Length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + bytes.Length));
        }
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }
}
