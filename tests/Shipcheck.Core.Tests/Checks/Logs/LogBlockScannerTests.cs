using System.Text;
using System.Text.RegularExpressions;
using Shipcheck.Core.Checks.Logs;

namespace Shipcheck.Core.Tests.Checks.Logs;

/// <summary>The byte scanner must count exactly what decoding every line and counting it as text counts.</summary>
public sealed class LogBlockScannerTests
{
    // Just over the smallest allowed buffer, so lines and characters keep landing on buffer edges.
    private const int SmallChunk = LogBlock.MaxLineBytes + 7;

    private static readonly string[] Counted = ["PUBLISHED", "é한", "one\r", "€", "x\ny", ""];

    private static LogMatchers Matchers(string? errorPattern = null, params string[] ignore) => new(
        Counted,
        errorPattern is null
            ? new Regex(LogsKind.DefaultErrorPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            : new Regex(errorPattern, RegexOptions.CultureInvariant),
        [.. ignore.Select(i => new Regex(i, RegexOptions.CultureInvariant))]);

    private static async Task<LogTally> ByBlocks(byte[] content, LogMatchers matchers, int chunkSize)
    {
        var tally = new LogTally(matchers);
        var scanner = new LogBlockScanner(tally, "app.log", () => 1);
        await LogChunkReader.ReadAsync(Source(content), scanner.Scan, TestContext.Current.CancellationToken, chunkSize);
        return tally;
    }

    private static async Task<LogTally> ByLines(byte[] content, LogMatchers matchers, int chunkSize)
    {
        var tally = new LogTally(matchers);
        long number = 1;
        await LogChunkReader.ReadAsync(Source(content), block => LogBlock.ForEachLine(block, text => tally.Add(new LogLine("app.log", number++, text))),
            TestContext.Current.CancellationToken, chunkSize);
        return tally;
    }

    private static LogByteSource Source(byte[] content)
    {
        var at = 0;
        return (buffer, _) =>
        {
            // Short reads on purpose: a real file hands out less than asked now and then.
            var n = Math.Min(Math.Min(buffer.Length, content.Length - at), 40_000);
            content.AsSpan(at, n).CopyTo(buffer.Span);
            at += n;
            return ValueTask.FromResult(n);
        };
    }

    private static byte[] MixedLog(int seed)
    {
        var random = new Random(seed);
        string[] pieces = ["PUBLISHED ticker", "ERROR x", "eRrOr", "exceptıon", "Fatal", "panicked", "é한", "€", "one\r", "one", "\r", " ", "ALREADY_IN_SUBSCRIBE", "x", "y", "k"];
        var bytes = new List<byte>();
        for (var line = 0; line < 1000; line++)
        {
            var length = random.Next(25) == 0 ? random.Next(60_000, 140_000) : random.Next(0, 12);
            for (var written = 0; written < length;)
            {
                var piece = Encoding.UTF8.GetBytes(pieces[random.Next(pieces.Length)]);
                bytes.AddRange(piece);
                written += piece.Length;
            }
            if (random.Next(20) == 0)
            {
                bytes.AddRange([0xE2, 0x82]); // a cut-off multi-byte character: invalid UTF-8
            }
            bytes.AddRange(random.Next(3) == 0 ? "\r\n"u8.ToArray() : "\n"u8.ToArray());
        }
        bytes.AddRange("last line without newline ERROR"u8.ToArray());
        return [.. bytes];
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, null)]
    [InlineData(3, "ERROR|Fatal")]
    [InlineData(4, "[Ee]rror$")]
    public async Task Counts_the_same_as_line_by_line_across_buffer_edges(int seed, string? errorPattern)
    {
        var content = MixedLog(seed);
        var matchers = Matchers(errorPattern, "ALREADY_IN_SUBSCRIBE");

        foreach (var chunk in new[] { SmallChunk, SmallChunk + 4099, LogChunkReader.DefaultChunkSize })
        {
            var blocks = await ByBlocks(content, matchers, chunk);
            var lines = await ByLines(content, matchers, chunk);

            Assert.Equal(lines.Lines, blocks.Lines);
            Assert.Equal(lines.Errors, blocks.Errors);
            Assert.Equal(lines.Counts, blocks.Counts);
            Assert.Equal(lines.Evidence, blocks.Evidence);
        }
    }

    [Fact]
    public async Task A_long_line_counts_once_and_only_its_first_64_KiB_are_looked_at()
    {
        var line = "PUBLISHED " + new string('a', LogBlock.MaxLineBytes) + " ERROR é한";
        var content = Encoding.UTF8.GetBytes($"{line}\nshort PUBLISHED\n{line}{line}{line}\n");

        var tally = await ByBlocks(content, Matchers(), SmallChunk);

        Assert.Equal(3, tally.Lines);
        Assert.Equal(3, tally.Counts.First().Count);
        Assert.Equal(0, tally.Errors);
        Assert.Equal(0, tally.Counts.Single(c => c.Pattern == "é한").Count);
        Assert.StartsWith("app.log:3: PUBLISHED aaa", tally.Evidence[2]);
    }

    [Fact]
    public async Task A_multi_byte_character_on_a_buffer_edge_stays_whole()
    {
        // The 3-byte '한' starts 2 bytes before the end of the first buffer.
        var filler = new string('a', SmallChunk - 2 - 8);
        var content = Encoding.UTF8.GetBytes($"{filler}\n1234567한 é한 PUBLISHED\n");

        var tally = await ByBlocks(content, Matchers(), SmallChunk);

        Assert.Equal(2, tally.Lines);
        Assert.Equal(1, tally.Counts.Single(c => c.Pattern == "é한").Count);
        Assert.Equal("app.log:2: 1234567한 é한 PUBLISHED", tally.Evidence[1]); // the first line has "", counted too
    }

    [Theory]
    [InlineData("Error: boom", 1)]
    [InlineData("ERROR boom", 1)]
    [InlineData("an eXcEpTiOn", 1)]
    [InlineData("FATAL", 1)]
    [InlineData("Panic!", 1)]
    [InlineData("exceptıon with a dotless i", 0)]
    [InlineData("err or", 0)]
    [InlineData("ERR\r\nOR", 0)]
    public async Task The_default_error_pattern_ignores_case_but_nothing_else(string text, int errors)
    {
        var tally = await ByBlocks(Encoding.UTF8.GetBytes(text + "\n"), Matchers(), SmallChunk);

        Assert.Equal(errors, tally.Errors);
    }

    [Fact]
    public void A_plain_alternation_gets_a_prefilter_and_a_real_regex_does_not()
    {
        Assert.NotNull(ErrorPrefilter.For(new Regex(LogsKind.DefaultErrorPattern, RegexOptions.IgnoreCase)));
        Assert.NotNull(ErrorPrefilter.For(new Regex("ERROR|FATAL: disk")));
        Assert.Null(ErrorPrefilter.For(new Regex("ERR(OR)?")));
        Assert.Null(ErrorPrefilter.For(new Regex("^ERROR")));
        // The Kelvin sign is a K when case is ignored, and no byte folding finds it.
        Assert.Null(ErrorPrefilter.For(new Regex("kill", RegexOptions.IgnoreCase)));
    }
}
