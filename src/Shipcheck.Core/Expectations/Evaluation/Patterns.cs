using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Shipcheck.Core.Expectations.Evaluation;

/// <summary>Compiles and caches the regular expressions of <c>matches</c>; matching is bounded by a timeout.</summary>
internal static class Patterns
{
    /// <summary>How long one match may take before it counts as a failure; guards against catastrophic backtracking.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private const int CacheLimit = 256;
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>The compiled pattern, or why it does not compile.</summary>
    public static (Regex? Regex, string? Error) Compile(string pattern)
    {
        if (Cache.TryGetValue(pattern, out var cached))
        {
            return (cached, null);
        }
        try
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
            if (Cache.Count >= CacheLimit)
            {
                // Patterns come from checklists, so the set is small; a full cache means variables vary, so start over.
                Cache.Clear();
            }
            Cache[pattern] = regex;
            return (regex, null);
        }
        catch (RegexParseException e)
        {
            return (null, Describe(e));
        }
        catch (ArgumentException e)
        {
            return (null, e.Message);
        }
    }

    private static string Describe(RegexParseException e)
    {
        // .NET writes "Invalid pattern 'x' at offset 3. Unterminated [] set."; the pattern is already in our message.
        var message = e.Message;
        var reasonStart = message.IndexOf(". ", StringComparison.Ordinal);
        var reason = reasonStart >= 0 ? message[(reasonStart + 2)..].TrimEnd('.') : message;
        return $"{reason} (at offset {e.Offset})";
    }
}
