using System.Globalization;
using System.Text.RegularExpressions;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Reads what <see cref="LogsScript"/> streams and hands each log line to the same <see cref="LineSelection"/> a local
/// step uses, line by line in bounded memory. The line the script adds before each end marker is taken out again, so
/// a file's lines are exactly those a local read would give.
/// </summary>
internal sealed class RemoteLogFeed(string marker, string host, LineSelection selection)
{
    private const int ChunkSize = 256 * 1024;

    private readonly string _header = marker + " ";
    private readonly LineBuffer _line = new();
    private string _file = "";
    private long _number;
    private string? _held;

    /// <summary>The files the host matched.</summary>
    public int Files { get; private set; }

    /// <summary>Why the lines could not all be considered (a folder, an unreadable file, a pattern that took too long).</summary>
    public string? Error { get; private set; }

    /// <summary>Reads the stream to its end; after an error the rest is read and dropped so the host can finish.</summary>
    public async Task ReadAsync(Stream stdout, CancellationToken cancellationToken)
    {
        var chunk = new byte[ChunkSize];
        try
        {
            int read;
            while ((read = await stdout.ReadAsync(chunk, cancellationToken)) > 0)
            {
                var data = chunk.AsSpan(0, read);
                int newline;
                while ((newline = data.IndexOf((byte)'\n')) >= 0)
                {
                    _line.Append(data[..newline]);
                    Take(_line.TakeText());
                    data = data[(newline + 1)..];
                }
                _line.Append(data);
            }
            if (_line.HasContent)
            {
                Take(_line.TakeText());
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The session ended or the step was stopped; the outcome says which.
        }
    }

    private void Take(string text)
    {
        if (Error is not null)
        {
            return;
        }
        try
        {
            if (text.StartsWith(_header, StringComparison.Ordinal))
            {
                Header(text[_header.Length..]);
            }
            else
            {
                Content(text);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            Error = $"a pattern took too long on a line of {_file}; simplify error_pattern or ignore";
        }
    }

    private void Header(string header)
    {
        var (word, rest) = header.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? (header[..space], header[(space + 1)..]) : (header, "");
        switch (word)
        {
            case "files":
                Files = int.TryParse(rest, CultureInfo.InvariantCulture, out var files) ? files : 0;
                break;
            case "file":
                var parts = rest.Split(' ', 2);
                _number = (long.TryParse(parts[0], CultureInfo.InvariantCulture, out var first) ? first : 1) - 1;
                _file = $"{host}:{(parts.Length > 1 ? parts[1] : "")}";
                _held = null;
                selection.StartFile();
                break;
            case "end":
                // The script's own line break before the marker: an empty line here was never in the file.
                if (_held is { Length: > 0 })
                {
                    selection.Offer(_file, ++_number, _held);
                }
                _held = null;
                _file = "";
                break;
            case "directory":
                Error = $"on {host}: {rest} is a directory, not a log file";
                break;
            case "unreadable":
                Error = $"on {host}: cannot read {rest}";
                break;
        }
    }

    private void Content(string text)
    {
        // Before the first file: what a login script on the host may print, never a log line.
        if (_file.Length == 0)
        {
            return;
        }
        if (_held is not null)
        {
            selection.Offer(_file, ++_number, _held);
        }
        _held = text;
    }
}
