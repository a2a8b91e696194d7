using System.Text;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Lines inside a block of bytes that <see cref="LogChunkReader"/> hands out: whole lines, each ending in '\n'. A line's
/// text is its first <see cref="MaxLineBytes"/> bytes without a final CR, decoded as UTF-8 (invalid bytes become U+FFFD).
/// </summary>
internal static class LogBlock
{
    /// <summary>Bytes of one line that count; the rest of a longer line is not looked at (it still counts as one line).</summary>
    public const int MaxLineBytes = 64 * 1024;

    /// <summary>Where the line that holds <paramref name="at"/> ends (its '\n').</summary>
    public static int LineEnd(ReadOnlySpan<byte> block, int at) => at + block[at..].IndexOf((byte)'\n');

    /// <summary>Where the line that holds <paramref name="at"/> starts, knowing one starts at <paramref name="notAfter"/> or later.</summary>
    public static int LineStart(ReadOnlySpan<byte> block, int notAfter, int at) => notAfter + block[notAfter..at].LastIndexOf((byte)'\n') + 1;

    /// <summary>Where the text of the line <paramref name="start"/>..<paramref name="end"/> ends: its head, without a final CR.</summary>
    public static int TextEnd(ReadOnlySpan<byte> block, int start, int end)
    {
        var textEnd = end - start > MaxLineBytes ? start + MaxLineBytes : end;
        return textEnd > start && block[textEnd - 1] == '\r' ? textEnd - 1 : textEnd;
    }

    /// <summary>The text of the line that starts at <paramref name="start"/>.</summary>
    public static string Text(ReadOnlySpan<byte> block, int start) => Text(block, start, LineEnd(block, start));

    /// <summary>The text of the line <paramref name="start"/>..<paramref name="end"/>.</summary>
    public static string Text(ReadOnlySpan<byte> block, int start, int end) =>
        Encoding.UTF8.GetString(block[start..TextEnd(block, start, end)]);

    /// <summary>Calls <paramref name="onLine"/> with the text of every line of the block, in order.</summary>
    public static void ForEachLine(ReadOnlySpan<byte> block, Action<string> onLine)
    {
        var pos = 0;
        while (pos < block.Length)
        {
            var end = LineEnd(block, pos);
            onLine(Text(block, pos, end));
            pos = end + 1;
        }
    }
}
