using System.Runtime.CompilerServices;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Counts a stretch of one file block by block on its bytes, the way <see cref="LogTally.Add"/> counts decoded lines:
/// each counted text is searched through the whole block (a vectorised search, then a jump to the end of the line it
/// was found in), error lines are looked for by their literals first, and only candidate and evidence lines are decoded.
/// </summary>
/// <param name="tally">Where the numbers go.</param>
/// <param name="file">The file as evidence names it.</param>
/// <param name="firstLineNumber">The number of the stretch's first line; asked only when a line becomes evidence.</param>
internal sealed class LogBlockScanner(LogTally tally, string file, Func<long> firstLineNumber)
{
    private readonly long[] _counts = new long[tally.Matchers.Counted.Count];
    private byte[] _folded = [];
    private long _linesBefore;
    private long? _firstLine;

    /// <summary>Counts one block of whole lines.</summary>
    // Hot loops: compiled fully optimised at once, since ReadyToRun leaves vector code to the JIT and tier 0 of it is slow.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Scan(ReadOnlySpan<byte> block)
    {
        var matchers = tally.Matchers;
        var wanted = tally.EvidenceWanted;
        var evidence = wanted > 0 ? new List<int>() : null;
        var lines = block.Count((byte)'\n');
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] = matchers.CountedUtf8[i] is { } text ? CountLinesWith(block, text, evidence, wanted) : 0;
        }
        var errors = matchers.ErrorLiterals is { } literals ? CountErrorCandidates(block, literals, evidence, wanted) : CountErrorLines(block, evidence, wanted);
        tally.AddCounted(lines, errors, _counts);
        if (evidence is { Count: > 0 })
        {
            AddEvidence(block, evidence, wanted);
        }
        _linesBefore += lines;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountLinesWith(ReadOnlySpan<byte> block, byte[] text, List<int>? evidence, int wanted)
    {
        var count = 0;
        var pos = 0;
        var limit = evidence is null ? 0 : evidence.Count + wanted;
        while (pos < block.Length)
        {
            var found = block[pos..].IndexOf(text);
            if (found < 0)
            {
                break;
            }
            var at = pos + found;
            var end = LogBlock.LineEnd(block, at + text.Length);
            // Only a long line needs its true start: a short one's text cannot end before the match does.
            var start = end - pos > LogBlock.MaxLineBytes || evidence is not null ? LogBlock.LineStart(block, pos, at) : pos;
            if (at + text.Length <= LogBlock.TextEnd(block, start, end))
            {
                count++;
                if (evidence is not null && evidence.Count < limit)
                {
                    evidence.Add(start);
                }
                else
                {
                    evidence = null;
                }
            }
            pos = end + 1;
        }
        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CountErrorCandidates(ReadOnlySpan<byte> block, ErrorPrefilter prefilter, List<int>? evidence, int wanted)
    {
        ReadOnlySpan<byte> haystack = block;
        if (prefilter.Folded)
        {
            if (_folded.Length < block.Length)
            {
                _folded = new byte[Math.Max(block.Length, LogChunkReader.DefaultChunkSize + 1)];
            }
            ErrorPrefilter.Fold(block, _folded);
            haystack = _folded.AsSpan(0, block.Length);
        }
        var literals = prefilter.Literals;
        var next = literals.Count <= 32 ? stackalloc int[literals.Count] : new int[literals.Count];
        for (var k = 0; k < literals.Count; k++)
        {
            next[k] = Find(haystack, literals[k], 0);
        }
        var errors = 0;
        var pos = 0;
        var limit = evidence is null ? 0 : evidence.Count + wanted;
        int at;
        while ((at = Min(next)) != int.MaxValue)
        {
            var end = LogBlock.LineEnd(block, at);
            errors += IsError(block, LogBlock.LineStart(block, pos, at), end, evidence, limit);
            pos = end + 1;
            for (var k = 0; k < next.Length; k++)
            {
                if (next[k] < pos)
                {
                    next[k] = Find(haystack, literals[k], pos);
                }
            }
        }
        return errors;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CountErrorLines(ReadOnlySpan<byte> block, List<int>? evidence, int wanted)
    {
        var errors = 0;
        var pos = 0;
        var limit = evidence is null ? 0 : evidence.Count + wanted;
        while (pos < block.Length)
        {
            var end = LogBlock.LineEnd(block, pos);
            errors += IsError(block, pos, end, evidence, limit);
            pos = end + 1;
        }
        return errors;
    }

    // 1 for an error line (kept as evidence while there is room), else 0.
    private int IsError(ReadOnlySpan<byte> block, int start, int end, List<int>? evidence, int limit)
    {
        if (!tally.Matchers.IsError(LogBlock.Text(block, start, end)))
        {
            return 0;
        }
        if (evidence is not null && evidence.Count < limit)
        {
            evidence.Add(start);
        }
        return 1;
    }

    private void AddEvidence(ReadOnlySpan<byte> block, List<int> starts, int wanted)
    {
        starts.Sort();
        _firstLine ??= firstLineNumber();
        var number = _firstLine.Value + _linesBefore;
        var counted = 0;
        var previous = -1;
        foreach (var start in starts)
        {
            if (start == previous)
            {
                continue;
            }
            if (wanted-- == 0)
            {
                break;
            }
            number += block[counted..start].Count((byte)'\n');
            counted = start;
            tally.AddEvidence(file, number, LogBlock.Text(block, start));
            previous = start;
        }
    }

    private static int Find(ReadOnlySpan<byte> haystack, byte[] literal, int from)
    {
        var found = from < haystack.Length ? haystack[from..].IndexOf(literal) : -1;
        return found < 0 ? int.MaxValue : from + found;
    }

    private static int Min(ReadOnlySpan<int> values)
    {
        var min = int.MaxValue;
        foreach (var value in values)
        {
            min = Math.Min(min, value);
        }
        return min;
    }
}
