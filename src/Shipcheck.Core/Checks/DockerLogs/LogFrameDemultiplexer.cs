using System.Buffers;
using System.Buffers.Binary;
using Shipcheck.Core.Checks.Logs;

namespace Shipcheck.Core.Checks.DockerLogs;

/// <summary>Which output of the container a log line came from.</summary>
internal enum LogSource
{
    /// <summary>Standard output.</summary>
    Stdout,
    /// <summary>Standard error.</summary>
    Stderr,
}

/// <summary>
/// Splits the body of <c>GET /containers/{id}/logs</c> into lines as it streams in, so a container that logged
/// gigabytes costs a few buffers. A container without a terminal sends frames, each an 8-byte header (stream, 3 zero
/// bytes, big-endian length) and its payload; one with a terminal sends one raw stream. Each stream keeps its own
/// line, because a long line may arrive in several frames; a last line without a newline still counts.
/// </summary>
internal sealed class LogFrameDemultiplexer(bool multiplexed, Action<LogSource, string> onLine)
{
    private const int HeaderSize = 8;
    private const int ChunkSize = 64 * 1024;

    private readonly LineBuffer[] _lines = [new(), new()];
    private readonly byte[] _header = new byte[HeaderSize];
    private int _headerFilled;
    private long _payloadLeft = multiplexed ? 0 : long.MaxValue;
    private LogSource _source = LogSource.Stdout;

    /// <summary>Reads <paramref name="body"/> to its end; a body that is not in the frame format throws <see cref="InvalidDataException"/>.</summary>
    public async Task ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                Feed(chunk.AsSpan(0, read));
            }
            Finish();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Consumes the next bytes of the body, wherever frames and lines happen to be cut.</summary>
    public void Feed(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            if (_payloadLeft == 0)
            {
                var take = Math.Min(HeaderSize - _headerFilled, data.Length);
                data[..take].CopyTo(_header.AsSpan(_headerFilled));
                _headerFilled += take;
                data = data[take..];
                if (_headerFilled == HeaderSize)
                {
                    StartFrame();
                }
                continue;
            }
            var payload = (int)Math.Min(_payloadLeft, data.Length);
            Split(data[..payload]);
            _payloadLeft -= payload;
            data = data[payload..];
        }
    }

    /// <summary>Hands over the last line of each stream when it has no newline.</summary>
    public void Finish()
    {
        foreach (var source in (LogSource[])[LogSource.Stdout, LogSource.Stderr])
        {
            if (_lines[(int)source].HasContent)
            {
                onLine(source, _lines[(int)source].TakeText());
            }
        }
    }

    private void StartFrame()
    {
        _headerFilled = 0;
        // Stream 0 is stdin (never in logs) and 3 the engine's own errors; both are shown with their neighbours.
        if (_header[0] > 3 || _header[1] != 0 || _header[2] != 0 || _header[3] != 0)
        {
            throw new InvalidDataException("the log stream is not in Docker's frame format (is the container's Tty setting reported wrongly?)");
        }
        _source = _header[0] is 2 or 3 ? LogSource.Stderr : LogSource.Stdout;
        _payloadLeft = BinaryPrimitives.ReadUInt32BigEndian(_header.AsSpan(4));
    }

    private void Split(ReadOnlySpan<byte> data)
    {
        var line = _lines[(int)_source];
        int newline;
        while ((newline = data.IndexOf((byte)'\n')) >= 0)
        {
            line.Append(data[..newline]);
            onLine(_source, line.TakeText());
            data = data[(newline + 1)..];
        }
        line.Append(data);
    }
}
