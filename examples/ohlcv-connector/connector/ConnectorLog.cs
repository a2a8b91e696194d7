using System.Globalization;

namespace OhlcvConnector;

/// <summary>
/// Appends lines to &lt;install&gt;/logs/connector.log as "2026-01-15T09:00:00.123Z LEVEL message": the file the
/// seed tails and greps for ERROR. Written through at once, so a reader never misses a line.
/// </summary>
public sealed class ConnectorLog : IDisposable
{
    private readonly Lock _lock = new();
    private readonly StreamWriter _writer;
    private readonly TimeProvider _time;

    private ConnectorLog(StreamWriter writer, TimeProvider time)
    {
        _writer = writer;
        _time = time;
    }

    /// <summary>The log file's path.</summary>
    public required string Path { get; init; }

    /// <summary>Opens (appends to) logs/connector.log in <paramref name="installDirectory"/>.</summary>
    public static ConnectorLog Open(string installDirectory, TimeProvider time)
    {
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(installDirectory, "logs")).FullName;
        var path = System.IO.Path.Combine(folder, "connector.log");
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        return new ConnectorLog(new StreamWriter(stream) { AutoFlush = true }, time) { Path = path };
    }

    /// <summary>An INFO line.</summary>
    public void Info(string message) => Write("INFO", message);

    /// <summary>A WARN line.</summary>
    public void Warn(string message) => Write("WARN", message);

    /// <summary>An ERROR line: what the seed's `grep ERROR` finds.</summary>
    public void Error(string message) => Write("ERROR", message);

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_lock)
        {
            _writer.Dispose();
        }
    }

    private void Write(string level, string message)
    {
        var stamp = _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        lock (_lock)
        {
            _writer.WriteLine($"{stamp} {level} {message}");
        }
    }
}
