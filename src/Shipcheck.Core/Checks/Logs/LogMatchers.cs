using System.Text;
using System.Text.RegularExpressions;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// What a <c>logs</c> step looks for, compiled once: the counted texts (as UTF-8 bytes too, for the byte scanner), the
/// error pattern with its literal prefilter when it has one, and the ignore patterns.
/// </summary>
internal sealed class LogMatchers
{
    private readonly Regex _errorPattern;
    private readonly IReadOnlyList<Regex> _ignore;

    // A user's pattern that backtracks badly must not hang the step on one line.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public LogMatchers(IReadOnlyList<string> counted, Regex errorPattern, IReadOnlyList<Regex> ignore)
    {
        Counted = counted;
        _errorPattern = errorPattern;
        _ignore = ignore;
        // A line never holds '\n', so such a text never counts; the scanner must not find it across two lines.
        CountedUtf8 = [.. counted.Select(c => c.Contains('\n', StringComparison.Ordinal) ? null : Encoding.UTF8.GetBytes(c))];
        ErrorLiterals = ErrorPrefilter.For(errorPattern);
        // U+FFFD in a decoded line may stand for invalid bytes, which no byte search finds: such a text needs the
        // line-by-line path to count the way the rest of the kind does.
        BytesAreExact = !counted.Any(c => c.Contains('\uFFFD', StringComparison.Ordinal));
    }

    /// <summary>
    /// The matchers of a step (a <c>logs</c> or <c>docker_logs</c> one): its counted texts, its <c>error_pattern</c> (or the
    /// case-insensitive default) and its <c>ignore</c> patterns, rendered with the run's variables. Throws
    /// <see cref="ArgumentException"/> when a rendered pattern is not a valid regular expression.
    /// </summary>
    public static LogMatchers For(ProbeContext context, Checklists.Template? errorPattern, IReadOnlyList<Checklists.Template> ignore) => new(
        context.CountedPatterns,
        errorPattern is null
            ? new Regex(LogsKind.DefaultErrorPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout)
            : new Regex(context.Render(errorPattern), RegexOptions.CultureInvariant, MatchTimeout),
        [.. ignore.Select(i => new Regex(context.Render(i), RegexOptions.CultureInvariant, MatchTimeout))]);

    /// <summary>The texts <c>count("text")</c> asks for, in order.</summary>
    public IReadOnlyList<string> Counted { get; }

    /// <summary>Each counted text as UTF-8, or null for one that can never be in a line.</summary>
    public IReadOnlyList<byte[]?> CountedUtf8 { get; }

    /// <summary>Literals every error line contains one of, or null when the pattern is not a plain alternation.</summary>
    public ErrorPrefilter? ErrorLiterals { get; }

    /// <summary>True when counting on bytes gives the same numbers as counting on decoded lines.</summary>
    public bool BytesAreExact { get; }

    /// <summary>True for a line matching the error pattern and no ignore pattern.</summary>
    public bool IsError(string line) => _errorPattern.IsMatch(line) && !_ignore.Any(r => r.IsMatch(line));
}
