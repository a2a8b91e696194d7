namespace Shipcheck.Core.Checks.Remote;

/// <summary>
/// A read-only pass-through that notes when bytes last arrived, so a session whose command has reported its status
/// is not cut while its output is still coming (a loaded machine can be seconds behind with a large log).
/// </summary>
internal sealed class ActivityStream(Stream inner) : Stream
{
    private long _lastReadTicks = Environment.TickCount64;

    /// <summary>Milliseconds since bytes last arrived (or since the stream was wrapped).</summary>
    public long IdleMilliseconds => Environment.TickCount64 - Interlocked.Read(ref _lastReadTicks);

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Noted(await inner.ReadAsync(buffer, cancellationToken));

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Noted(inner.Read(buffer, offset, count));

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Noted(int read)
    {
        if (read > 0)
        {
            Interlocked.Exchange(ref _lastReadTicks, Environment.TickCount64);
        }
        return read;
    }
}
