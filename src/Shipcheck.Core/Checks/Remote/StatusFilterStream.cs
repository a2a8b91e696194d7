using System.Runtime.InteropServices;
using System.Text;

namespace Shipcheck.Core.Checks.Remote;

/// <summary>
/// Reads a remote step's standard error and takes out the lines the script writes behind its marker
/// (<c>MARKER:exit:N</c>, <c>MARKER:error:text</c>), so the command's own standard error reaches the step untouched and
/// the exit status is known the moment the command ends, even while a child it left behind keeps the stream open.
/// </summary>
internal sealed class StatusFilterStream(Stream inner, string marker) : Stream
{
    private const int ChunkSize = 64 * 1024;
    private const int MaxStatusLine = 4096;
    private const int HeadLimit = 2048;

    private readonly byte[] _marker = Encoding.UTF8.GetBytes(marker);
    private readonly byte[] _chunk = new byte[ChunkSize];
    private readonly List<byte> _pending = [];
    private readonly List<byte> _ready = [];
    private readonly List<byte> _head = [];
    private readonly TaskCompletionSource _reported = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _readyOffset;
    private bool _ended;

    /// <summary>The command's exit status, once reported.</summary>
    public int? ExitCode { get; private set; }

    /// <summary>What the script could not do (no such working directory, no such shell), once reported.</summary>
    public string? Error { get; private set; }

    /// <summary>Completes when the script has reported an exit status or an error.</summary>
    public Task Reported => _reported.Task;

    /// <summary>The first bytes of the command's standard error, for messages about sessions that never ran it.</summary>
    public string Head => Encoding.UTF8.GetString(CollectionsMarshal.AsSpan(_head)).Trim();

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
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_readyOffset == _ready.Count && !_ended)
        {
            Take(await inner.ReadAsync(_chunk, cancellationToken));
        }
        return Give(buffer.Span);
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_readyOffset == _ready.Count && !_ended)
        {
            Take(inner.Read(_chunk, 0, _chunk.Length));
        }
        return Give(buffer.AsSpan(offset, count));
    }

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

    private int Give(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _ready.Count - _readyOffset);
        CollectionsMarshal.AsSpan(_ready).Slice(_readyOffset, count).CopyTo(buffer);
        _readyOffset += count;
        if (_readyOffset == _ready.Count)
        {
            _ready.Clear();
            _readyOffset = 0;
        }
        return count;
    }

    private void Take(int read)
    {
        if (read == 0)
        {
            _ended = true;
            if (_pending.Count > 0 && CollectionsMarshal.AsSpan(_pending).StartsWith(_marker))
            {
                Parse(CollectionsMarshal.AsSpan(_pending)[_marker.Length..]);
            }
            else
            {
                Pass(CollectionsMarshal.AsSpan(_pending));
            }
            _pending.Clear();
            return;
        }
        _pending.AddRange(_chunk.AsSpan(0, read));
        Split();
    }

    // Moves everything up to the next marker to the output; parses whole status lines; holds back what may be the
    // start of a marker cut between two reads.
    private void Split()
    {
        while (true)
        {
            var pending = CollectionsMarshal.AsSpan(_pending);
            var at = pending.IndexOf(_marker);
            if (at < 0)
            {
                var keep = Math.Min(pending.Length, _marker.Length - 1);
                Pass(pending[..^keep]);
                _pending.RemoveRange(0, pending.Length - keep);
                return;
            }
            var end = pending[at..].IndexOf((byte)'\n');
            if (end < 0 && pending.Length - at < MaxStatusLine)
            {
                Pass(pending[..at]);
                _pending.RemoveRange(0, at);
                return;
            }
            var lineEnd = end < 0 ? pending.Length : at + end;
            Pass(pending[..at]);
            Parse(pending[(at + _marker.Length)..lineEnd]);
            _pending.RemoveRange(0, Math.Min(pending.Length, lineEnd + 1));
        }
    }

    private void Pass(ReadOnlySpan<byte> data)
    {
        _ready.AddRange(data);
        _head.AddRange(data[..Math.Min(data.Length, HeadLimit - _head.Count)]);
    }

    private void Parse(ReadOnlySpan<byte> status)
    {
        var text = Encoding.UTF8.GetString(status).TrimEnd('\r', '\n');
        if (text.StartsWith(":exit:", StringComparison.Ordinal) && int.TryParse(text[6..], System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            ExitCode = code;
        }
        else if (text.StartsWith(":error:", StringComparison.Ordinal))
        {
            Error = text[7..];
        }
        else
        {
            return;
        }
        _reported.TrySetResult();
    }
}
