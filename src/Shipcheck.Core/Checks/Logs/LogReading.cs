namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Reads a <c>logs</c> step's open files, oldest first, into a tally: decides for each file what of it is in the
/// window, then reads only that. Whole stretches are counted on bytes (<see cref="LogBlockScanner"/>); lines are
/// decoded one by one only where timestamps must be read. <c>tail</c> walks the files newest first and stops as soon
/// as it has its lines, so older rotated files are not opened for nothing.
/// </summary>
internal sealed class LogReading(LogsOptions options, LogTally tally, LogPositions positions, DateTimeOffset now, string? timeFormat)
{
    private const int SniffedLines = 100;
    private readonly List<string> _notes = [];

    /// <summary>What the evidence says about how windows were found, one line per file that needed it.</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>The file being read, for error messages.</summary>
    public LogFile? Current { get; private set; }

    /// <summary>Reads <paramref name="files"/>, ordered oldest first.</summary>
    public async Task ReadAsync(IReadOnlyList<LogFile> files, CancellationToken cancellationToken)
    {
        var plans = new List<(LogFile File, Plan Plan)>();
        foreach (var file in files)
        {
            Current = file;
            plans.Add((file, await PlanAsync(file, cancellationToken)));
        }
        if (options.Tail is { } tail)
        {
            await ReadTailAsync(plans, tail, cancellationToken);
            return;
        }
        foreach (var (file, plan) in plans)
        {
            Current = file;
            await ReadAsync(file, plan, null, cancellationToken);
        }
    }

    private async Task<Plan> PlanAsync(LogFile file, CancellationToken cancellationToken)
    {
        if (options.Since is not { } since)
        {
            return new Plan(0, null);
        }
        if (file.LastWriteUtc < now - since)
        {
            return new Plan(-1, null); // nothing was written to it in the window
        }
        var timestamps = new LogTimestamps(timeFormat);
        if (await HasTimestampsAsync(file, timestamps, cancellationToken))
        {
            return new Plan(0, new TimestampWindow(timestamps, now - since));
        }
        var start = UndatedWindow.Of(file, positions, now, since);
        if (start.Note is not null)
        {
            _notes.Add(start.Note);
        }
        return new Plan(start.From, null);
    }

    // A file is read by its timestamps when one of its first lines has one; otherwise by position.
    private static async Task<bool> HasTimestampsAsync(LogFile file, LogTimestamps timestamps, CancellationToken cancellationToken)
    {
        var lines = 0;
        var found = false;
        var source = file.Content();
        var head = new byte[LogChunkReader.DefaultChunkSize / 4];
        var length = 0;
        int read;
        while (length < head.Length && (read = await source(head.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }
        LogBlock.ForEachLine(WholeLines(head.AsSpan(0, length)), line => found |= lines++ < SniffedLines && timestamps.Parse(line) is not null);
        return found;
    }

    private static ReadOnlySpan<byte> WholeLines(ReadOnlySpan<byte> head) => head[..(head.LastIndexOf((byte)'\n') + 1)];

    private async Task ReadTailAsync(List<(LogFile File, Plan Plan)> plans, long tail, CancellationToken cancellationToken)
    {
        var remaining = tail;
        var stretches = new List<Func<Task>>();
        for (var i = plans.Count - 1; i >= 0 && remaining > 0; i--)
        {
            var (file, plan) = plans[i];
            Current = file;
            if (plan.From < 0)
            {
                continue;
            }
            if (plan.Window is null && !file.Compressed && tally.Matchers.BytesAreExact)
            {
                var (start, lines) = await TailStart.FindAsync(file, plan.From, remaining, cancellationToken);
                remaining -= lines;
                stretches.Add(() => ReadAsync(file, plan with { From = start }, null, cancellationToken));
                continue;
            }
            var last = new Queue<LogLine>();
            var keep = remaining;
            await ReadAsync(file, plan, line =>
            {
                last.Enqueue(line);
                if (last.Count > keep)
                {
                    last.Dequeue();
                }
            }, cancellationToken);
            remaining -= last.Count;
            stretches.Add(() =>
            {
                foreach (var line in last)
                {
                    tally.Add(line);
                }
                return Task.CompletedTask;
            });
        }
        for (var i = stretches.Count - 1; i >= 0; i--)
        {
            await stretches[i]();
        }
    }

    // Reads what the plan says into the tally, or hands each line to collect when one is given.
    private async Task ReadAsync(LogFile file, Plan plan, Action<LogLine>? collect, CancellationToken cancellationToken)
    {
        Current = file;
        if (plan.From < 0)
        {
            return;
        }
        if (plan.Window is null && collect is null && tally.Matchers.BytesAreExact)
        {
            Func<long> firstLine = () => plan.From == 0 ? 1 : file.LineNumberAt(plan.From);
            if (file.Compressed)
            {
                await LogChunkReader.ReadAsync(file.Content(), new LogBlockScanner(tally, file.Shown, firstLine).Scan, cancellationToken);
            }
            else
            {
                await ParallelScan.ScanAsync(file, plan.From, tally, firstLine, cancellationToken);
            }
            return;
        }
        var first = plan.From == 0 ? 1 : file.LineNumberAt(plan.From);
        await LogLineReader.ReadAsync(file.Content(plan.From), first, (text, number) =>
        {
            if (plan.Window?.Admits(text) ?? true)
            {
                (collect ?? tally.Add)(new LogLine(file.Shown, number, text));
            }
        }, cancellationToken);
    }

    /// <summary>What to read of one file: from a byte offset (-1: nothing), through a timestamp window or not.</summary>
    private sealed record Plan(long From, TimestampWindow? Window);
}
