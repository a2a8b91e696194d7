namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Decides, line by line, which lines of a stream a <c>logs</c> step considers (a host's files read through ssh):
/// those within <c>since</c> of now by their timestamps (a line without one shares the one of the line before it),
/// then the last <c>tail</c> of those, kept in a ring of that size. Local files are read block by block by
/// <see cref="LogReading"/> instead; both hand the lines they keep to the same <see cref="LogTally"/>.
/// </summary>
internal sealed class LineSelection(LogsOptions options, DateTimeOffset now, string? timeFormat, LogTally tally)
{
    private readonly Queue<LogLine>? _ring = options.Tail is null ? null : new Queue<LogLine>();
    private TimestampWindow? _window;

    /// <summary>Starts a new file: a timestamp never carries over from the previous file.</summary>
    public void StartFile() =>
        _window = options.Since is { } since ? new TimestampWindow(new LogTimestamps(timeFormat), now - since) : null;

    /// <summary>Considers one line as it is read.</summary>
    public void Offer(string file, long number, string text)
    {
        if (_window is not null && !_window.Admits(text))
        {
            return;
        }
        var line = new LogLine(file, number, text);
        if (_ring is null)
        {
            tally.Add(line);
            return;
        }
        _ring.Enqueue(line);
        if (_ring.Count > options.Tail)
        {
            _ring.Dequeue();
        }
    }

    /// <summary>Hands the lines kept for <c>tail</c> to the tally once every file was read.</summary>
    public void Finish()
    {
        while (_ring is { Count: > 0 })
        {
            tally.Add(_ring.Dequeue());
        }
    }
}
