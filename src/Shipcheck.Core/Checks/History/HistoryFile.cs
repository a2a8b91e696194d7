using System.Text;

namespace Shipcheck.Core.Checks.History;

/// <summary>A deployment-log file: a heading, then one entry per run, oldest first, separated by blank lines.</summary>
internal static class HistoryFile
{
    /// <summary>The first line of a history file Shipcheck creates.</summary>
    public const string Heading = "# Deployment History";

    /// <summary>
    /// Appends <paramref name="entry"/>, creating the file (with <see cref="Heading"/>) and its folders when missing,
    /// and flushes it to disk: the log is a record, and a record that a crash can eat is no record.
    /// </summary>
    public static async Task AppendAsync(string path, string entry, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        await using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        var prefix = stream.Length == 0 ? Heading + "\n\n" : new string('\n', Math.Max(0, 2 - await TrailingLineBreaksAsync(stream, cancellationToken)));
        stream.Seek(0, SeekOrigin.End);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(prefix + entry), cancellationToken);
        await stream.FlushAsync(cancellationToken);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>How many line breaks (up to two; a CR before a LF is ignored) the file ends with.</summary>
    private static async Task<int> TrailingLineBreaksAsync(FileStream stream, CancellationToken cancellationToken)
    {
        var tail = new byte[Math.Min(4, stream.Length)];
        stream.Seek(-tail.Length, SeekOrigin.End);
        await stream.ReadExactlyAsync(tail, cancellationToken);
        var breaks = 0;
        for (var i = tail.Length - 1; i >= 0 && breaks < 2; i--)
        {
            if (tail[i] == (byte)'\n')
            {
                breaks++;
            }
            else if (tail[i] != (byte)'\r')
            {
                break;
            }
        }
        return breaks;
    }
}
