using System.Globalization;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Counts the lines a <c>logs</c> step considers: all of them, the error ones, and those containing each counted text;
/// keeps the first few interesting lines as evidence. Lines come one by one (<see cref="Add"/>) or as whole blocks
/// counted by <see cref="LogBlockScanner"/>; both count the same way.
/// </summary>
internal sealed class LogTally(LogMatchers matchers)
{
    /// <summary>Lines of evidence kept.</summary>
    public const int EvidenceLines = 20;

    /// <summary>Characters of one line kept in the evidence.</summary>
    private const int EvidenceLineChars = 500;

    private readonly long[] _counts = new long[matchers.Counted.Count];
    private readonly List<LogLine> _evidence = [];

    /// <summary>What the step looks for.</summary>
    public LogMatchers Matchers => matchers;

    /// <summary>Lines considered.</summary>
    public long Lines { get; private set; }

    /// <summary>Error lines not ignored.</summary>
    public long Errors { get; private set; }

    /// <summary>The counted texts with the number of lines containing each.</summary>
    public IEnumerable<(string Pattern, long Count)> Counts => matchers.Counted.Select((p, i) => (p, _counts[i]));

    /// <summary>The first interesting lines, each prefixed with <c>file:line:</c>.</summary>
    public IReadOnlyList<string> Evidence =>
        [.. _evidence.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.File}:{e.Number}: {e.Text}"))];

    /// <summary>How many more interesting lines the evidence takes.</summary>
    public int EvidenceWanted => EvidenceLines - _evidence.Count;

    /// <summary>Considers one line.</summary>
    public void Add(LogLine line)
    {
        Lines++;
        var interesting = false;
        for (var i = 0; i < _counts.Length; i++)
        {
            if (line.Text.Contains(matchers.Counted[i], StringComparison.Ordinal))
            {
                _counts[i]++;
                interesting = true;
            }
        }
        if (matchers.IsError(line.Text))
        {
            Errors++;
            interesting = true;
        }
        if (interesting)
        {
            AddEvidence(line.File, line.Number, line.Text);
        }
    }

    /// <summary>Adds what a block scan counted.</summary>
    public void AddCounted(long lines, long errors, ReadOnlySpan<long> counts)
    {
        Lines += lines;
        Errors += errors;
        for (var i = 0; i < counts.Length; i++)
        {
            _counts[i] += counts[i];
        }
    }

    /// <summary>Keeps an interesting line as evidence while there is room.</summary>
    public void AddEvidence(string file, long number, string text)
    {
        if (_evidence.Count < EvidenceLines)
        {
            _evidence.Add(new LogLine(file, number, text.Length > EvidenceLineChars ? text[..EvidenceLineChars] + "…" : text));
        }
    }

    /// <summary>An empty tally for one part of a stretch counted apart, to be <see cref="Absorb"/>ed in order.</summary>
    public LogTally Part() => new(matchers);

    /// <summary>
    /// Adds a part counted apart whose line numbers started at 1; <paramref name="firstLine"/> gives the true number of
    /// its first line (asked only when the part kept evidence).
    /// </summary>
    public void Absorb(LogTally part, Func<long> firstLine)
    {
        AddCounted(part.Lines, part.Errors, part._counts);
        foreach (var line in part._evidence)
        {
            if (_evidence.Count < EvidenceLines)
            {
                _evidence.Add(line with { Number = firstLine() + line.Number - 1 });
            }
        }
    }
}
