namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Where each log file ended each time this run looked at it (at the start of the run, and after every read): the
/// memory <c>since</c> works from for files whose lines carry no timestamps. Files are told apart by device and inode,
/// so a file renamed by rotation is still known by what was seen of it.
/// </summary>
internal sealed class LogPositions
{
    private readonly Lock _gate = new();
    private readonly Dictionary<FileIdentity, List<Position>> _byFile = [];
    private readonly Dictionary<string, DateTimeOffset> _pathsSeen = new(StringComparer.Ordinal);

    /// <summary>Notes that <paramref name="file"/> had its length at <paramref name="at"/>.</summary>
    internal void Record(LogFile file, DateTimeOffset at)
    {
        lock (_gate)
        {
            _pathsSeen.TryAdd(file.Path, at);
            if (file.Identity is { } identity)
            {
                if (!_byFile.TryGetValue(identity, out var positions))
                {
                    _byFile[identity] = positions = [];
                }
                positions.Add(new Position(at, file.Length));
            }
        }
    }

    /// <summary>What was recorded of this very file, oldest first; empty when nothing was.</summary>
    internal IReadOnlyList<Position> Of(LogFile file)
    {
        lock (_gate)
        {
            return file.Identity is { } identity && _byFile.TryGetValue(identity, out var positions) ? [.. positions] : [];
        }
    }

    /// <summary>When this run first looked at the path, whatever file was there; null when it never did.</summary>
    internal DateTimeOffset? FirstSeen(string path)
    {
        lock (_gate)
        {
            return _pathsSeen.TryGetValue(path, out var at) ? at : null;
        }
    }

    /// <summary>A file's length at an instant.</summary>
    internal readonly record struct Position(DateTimeOffset At, long Length);
}
