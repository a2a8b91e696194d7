using Shipcheck.Core.Checks.Logs;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Logs;

public sealed class LogLineReaderTests : IDisposable
{
    private const int LineCount = 100_000;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // About 1.2 MB: several chunks, so the callback of the first line runs before most of the file is read.
    private string WriteNumberedLines()
    {
        var path = _folder.File("app.log");
        File.WriteAllLines(path, Enumerable.Range(1, LineCount).Select(i => $"line {i:D6}"));
        return path;
    }

    [Fact]
    public async Task A_file_truncated_during_the_read_ends_early_without_an_error()
    {
        var path = WriteNumberedLines();
        var lines = 0;

        await LogLineReader.ReadAsync(path, (_, number) =>
        {
            if (number == 1)
            {
                using var writer = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                writer.SetLength(0);
            }
            lines++;
        }, TestContext.Current.CancellationToken);

        Assert.InRange(lines, 1, LineCount - 1);
    }

    [Fact]
    public async Task A_file_growing_during_the_read_is_read_up_to_its_length_at_open()
    {
        var path = WriteNumberedLines();
        var last = "";

        await LogLineReader.ReadAsync(path, (text, number) =>
        {
            if (number == 1)
            {
                File.AppendAllText(path, "appended later\nand more\n");
            }
            last = text;
        }, TestContext.Current.CancellationToken);

        Assert.Equal($"line {LineCount:D6}", last);
    }

    [Fact]
    public async Task A_very_long_line_is_cut_but_counts_once()
    {
        var path = _folder.File("long.log");
        File.WriteAllText(path, new string('a', 3 * LogBlock.MaxLineBytes) + "\nshort\n");
        var lines = new List<string>();

        await LogLineReader.ReadAsync(path, (text, _) => lines.Add(text), TestContext.Current.CancellationToken);

        Assert.Equal([LogBlock.MaxLineBytes, 5], lines.Select(l => l.Length));
    }
}
