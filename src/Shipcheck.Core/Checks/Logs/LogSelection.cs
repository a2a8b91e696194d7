namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Decides which lines a <c>logs</c> step considers: those within <c>since</c> of now (a line without a timestamp
/// shares the one of the line before it), then the last <c>tail</c> of those, kept in a ring of that size.
/// </summary>
internal sealed class LogSelection(LogsOptions options, DateTimeOffset now, string? timeFormat, LogTally tally)
{
    private readonly LogTimestamps? _timestamps = options.Since is null ? null : new LogTimestamps(timeFormat);
    private readonly DateTimeOffset _windowStart = options.Since is { } since ? now - since : DateTimeOffset.MinValue;
    private readonly Queue<LogLine>? _ring = options.Tail is null ? null : new Queue<LogLine>();
    private DateTimeOffset? _lastTimestamp;

    /// <summary>Starts a new file: a timestamp never carries over from the previous file.</summary>
    public void StartFile() => _lastTimestamp = null;

    /// <summary>Considers one line as it is read.</summary>
    public void Offer(string file, long number, string text)
    {
        if (_timestamps is not null)
        {
            _lastTimestamp = _timestamps.Parse(text) ?? _lastTimestamp;
            if (_lastTimestamp is not { } at || at < _windowStart)
            {
                return;
            }
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
