namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Reads lines one by one as text, for what needs each line decoded (timestamps, a <c>tail</c> of a compressed file).
/// Memory stays that of one buffer; a line is its first <see cref="LogBlock.MaxLineBytes"/> bytes without its line
/// ending (LF, optionally CR); invalid UTF-8 becomes U+FFFD.
/// </summary>
internal static class LogLineReader
{
    /// <summary>Calls <paramref name="onLine"/> with each line of <paramref name="source"/> and its number, counting from <paramref name="firstNumber"/>.</summary>
    public static Task ReadAsync(LogByteSource source, long firstNumber, Action<string, long> onLine, CancellationToken cancellationToken)
    {
        var number = firstNumber;
        return LogChunkReader.ReadAsync(source, block => LogBlock.ForEachLine(block, text => onLine(text, number++)), cancellationToken);
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/> up to the length it had when opened (a log still being written is not
    /// chased; one cut shorter meanwhile just ends early). IO errors and cancellation propagate.
    /// </summary>
    public static async Task ReadAsync(string path, Action<string, long> onLine, CancellationToken cancellationToken)
    {
        using var file = LogFile.Open(path, path) ?? throw new FileNotFoundException($"{path} does not exist", path);
        await ReadAsync(file.Content(), 1, onLine, cancellationToken);
    }
}
