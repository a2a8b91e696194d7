namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// <c>since</c> for a file whose lines carry timestamps: a line is in when its timestamp is at most <c>since</c> old; a
/// line without one (a stack-trace line) shares the one of the line before it, and lines before the file's first
/// timestamp are left out.
/// </summary>
internal sealed class TimestampWindow(LogTimestamps timestamps, DateTimeOffset windowStart)
{
    private DateTimeOffset? _last;

    /// <summary>Considers the file's next line; true when it is in the window.</summary>
    public bool Admits(string line)
    {
        _last = timestamps.Parse(line) ?? _last;
        return _last is { } at && at >= windowStart;
    }
}
