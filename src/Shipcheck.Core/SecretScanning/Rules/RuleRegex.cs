using System.Text.RegularExpressions;

namespace Shipcheck.Core.SecretScanning.Rules;

/// <summary>
/// One pattern of a rule or allowlist, translated from RE2 and checked when the config loads. The matcher itself is
/// built on first use with the non-backtracking engine (linear time, so no hostile pattern can hang a scan, and the
/// same matches as RE2's leftmost-first), because building it costs about 50 ms per rule and most rules of a
/// 222-rule config never meet their keyword in a given tree.
/// </summary>
public sealed class RuleRegex
{
    /// <summary>How long one match may take before the file is reported instead of scanned.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(5);

    private readonly Lazy<Regex> _regex;
    private readonly Lazy<Regex> _existence;

    private RuleRegex(string source, string pattern, int groupCount)
    {
        Source = source;
        Pattern = pattern;
        GroupCount = groupCount;
        _regex = new Lazy<Regex>(() => Build(pattern), LazyThreadSafetyMode.ExecutionAndPublication);
        // Most windows only ask whether there is a match; the full pattern runs only on the few that have one.
        var stripped = LeadingOptional.Strip(pattern);
        ExistencePattern = stripped ?? pattern;
        _existence = stripped is null ? _regex : new Lazy<Regex>(() => Build(stripped), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The pattern as written in the config (RE2).</summary>
    public string Source { get; }

    /// <summary>The .NET pattern it became.</summary>
    public string Pattern { get; }

    /// <summary>
    /// The pattern <see cref="IsMatch"/> runs: <see cref="Pattern"/> without a leading optional element, which
    /// matches somewhere exactly when the whole pattern does.
    /// </summary>
    public string ExistencePattern { get; }

    /// <summary>The matcher (built now if this is its first use).</summary>
    public Regex Regex => _regex.Value;

    /// <summary>
    /// Translates and checks <paramref name="re2"/>; throws <see cref="ArgumentException"/> with the reason when it
    /// is not a pattern (the caller adds the rule and the line).
    /// </summary>
    public static RuleRegex Parse(string re2)
    {
        var pattern = Re2Translator.Translate(re2);
        // The interpreter's parser checks the syntax in microseconds; the real matcher is built later.
        var check = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        return new RuleRegex(re2, pattern, check.GetGroupNumbers().Length - 1);
    }

    /// <summary>True when <paramref name="text"/> holds a match anywhere.</summary>
    public bool IsMatch(ReadOnlySpan<char> text) => _existence.Value.IsMatch(text);

    /// <summary>Number of capture groups (not counting the whole match).</summary>
    public int GroupCount { get; }

    private static Regex Build(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            // Constructs RE2 lacks too (lookarounds, backreferences) but .NET accepts: the backtracking engine,
            // bounded by the timeout.
            return new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Source;
}
