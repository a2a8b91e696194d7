using System.Globalization;
using System.Text.RegularExpressions;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// Counts the lines a <c>logs</c> step considers: all of them, the error ones, and those containing each counted text;
/// keeps the first few interesting lines as evidence.
/// </summary>
internal sealed class LogTally(IReadOnlyList<string> patterns, Regex errorPattern, IReadOnlyList<Regex> ignore)
{
    /// <summary>Lines of evidence kept.</summary>
    public const int EvidenceLines = 20;

    /// <summary>Characters of one line kept in the evidence.</summary>
    private const int EvidenceLineChars = 500;

    private readonly long[] _counts = new long[patterns.Count];
    private readonly List<string> _evidence = [];

    /// <summary>Lines considered.</summary>
    public long Lines { get; private set; }

    /// <summary>Error lines not ignored.</summary>
    public long Errors { get; private set; }

    /// <summary>The counted texts with the number of lines containing each.</summary>
    public IEnumerable<(string Pattern, long Count)> Counts => patterns.Select((p, i) => (p, _counts[i]));

    /// <summary>The first interesting lines, each prefixed with <c>file:line:</c>.</summary>
    public IReadOnlyList<string> Evidence => _evidence;

    /// <summary>Considers one line.</summary>
    public void Add(LogLine line)
    {
        Lines++;
        var interesting = false;
        for (var i = 0; i < patterns.Count; i++)
        {
            if (line.Text.Contains(patterns[i], StringComparison.Ordinal))
            {
                _counts[i]++;
                interesting = true;
            }
        }
        if (errorPattern.IsMatch(line.Text) && !ignore.Any(r => r.IsMatch(line.Text)))
        {
            Errors++;
            interesting = true;
        }
        if (interesting && _evidence.Count < EvidenceLines)
        {
            var text = line.Text.Length > EvidenceLineChars ? line.Text[..EvidenceLineChars] + "…" : line.Text;
            _evidence.Add(string.Create(CultureInfo.InvariantCulture, $"{line.File}:{line.Number}: {text}"));
        }
    }
}
