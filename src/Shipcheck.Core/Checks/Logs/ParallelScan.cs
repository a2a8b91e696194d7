namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Counts a long stretch of a file in parts at once, one per core (at most four), each part starting at a line start,
/// so a big log is read at the speed of the machine rather than of one core. Parts are put together in file order,
/// which keeps the evidence the first interesting lines.
/// </summary>
internal static class ParallelScan
{
    /// <summary>Below this many bytes per part, one reader is faster than several.</summary>
    public const long MinPartBytes = 16L << 20;

    /// <summary>Counts <paramref name="file"/> from <paramref name="from"/> to its length into <paramref name="tally"/>.</summary>
    public static async Task ScanAsync(LogFile file, long from, LogTally tally, Func<long> firstLineNumber, CancellationToken cancellationToken)
    {
        var length = file.Length - from;
        var parts = (int)Math.Clamp(length / MinPartBytes, 1, Math.Min(Environment.ProcessorCount, 4));
        var starts = new long[parts + 1];
        starts[0] = from;
        starts[parts] = file.Length;
        for (var i = 1; i < parts; i++)
        {
            starts[i] = await file.NextLineStartAsync(Math.Max(from + (length * i / parts), starts[i - 1]), cancellationToken);
        }
        var tallies = Enumerable.Range(0, parts).Select(_ => tally.Part()).ToArray();
        await Task.WhenAll(Enumerable.Range(0, parts).Select(i => Task.Run(
            () => LogChunkReader.ReadAsync(file.Bytes(starts[i], starts[i + 1]), new LogBlockScanner(tallies[i], file.Shown, () => 1).Scan, cancellationToken),
            cancellationToken)));
        long? origin = null;
        long before = 0;
        foreach (var part in tallies)
        {
            var linesBefore = before;
            tally.Absorb(part, () => (origin ??= firstLineNumber()) + linesBefore);
            before += part.Lines;
        }
    }
}
