namespace Shipcheck.Core.SecretScanning.Rules;

/// <summary>
/// A pattern without the optional element it starts with, for asking only whether it matches: <c>X{0,50}?R</c>
/// matches somewhere exactly when <c>R</c> does (X may repeat zero times, and assertions in R look at the same
/// text either way). gitleaks' semi-generic rules all start with <c>[\w.-]{0,50}?</c>, and that counter multiplies
/// the states the non-backtracking engine builds: without it, generic-api-key's first pass over 100 MiB of text took
/// a seventh of the time. Only what is certain is stripped: one character class, <c>\w \d \s</c> (and their
/// negations) or <c>.</c>, repeated <c>*</c>, <c>?</c> or <c>{0,n}</c>, greedy or lazy, after inline options.
/// </summary>
internal static class LeadingOptional
{
    /// <summary>The .NET <paramref name="pattern"/> without its leading optional element; null when it has none.</summary>
    public static string? Strip(string pattern)
    {
        var options = InlineOptionsLength(pattern);
        if (options < 0)
        {
            return null;
        }
        var atomEnd = AtomEnd(pattern, options);
        if (atomEnd < 0)
        {
            return null;
        }
        var end = OptionalQuantifierEnd(pattern, atomEnd);
        if (end < 0 || end >= pattern.Length || pattern[end] is '*' or '+' or '?' or '{' or '|' or ')')
        {
            return null;
        }
        return pattern[..options] + pattern[end..];
    }

    // The length of a leading "(?i)"-style group (0 without one), or -1 for one that changes how the rest is read.
    private static int InlineOptionsLength(string pattern)
    {
        if (!pattern.StartsWith("(?", StringComparison.Ordinal))
        {
            return 0;
        }
        var close = pattern.IndexOf(')');
        if (close < 0)
        {
            return -1;
        }
        var flags = pattern.AsSpan(2, close - 2);
        // x would make whitespace and '#' mean something else; anything but flags is a group, not options.
        return flags.IsEmpty || flags.ContainsAnyExcept("imsn-") ? -1 : close + 1;
    }

    private static int AtomEnd(string pattern, int start)
    {
        if (start >= pattern.Length)
        {
            return -1;
        }
        if (pattern[start] == '.')
        {
            return start + 1;
        }
        if (pattern[start] == '\\')
        {
            return start + 1 < pattern.Length && "wWdDsS".Contains(pattern[start + 1]) ? start + 2 : -1;
        }
        return pattern[start] == '[' ? ClassEnd(pattern, start) : -1;
    }

    // Just past the ']' closing the class at start; -1 for a nested class or subtraction, which is not worth reading.
    private static int ClassEnd(string pattern, int start)
    {
        var i = start + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }
        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }
        while (i < pattern.Length)
        {
            switch (pattern[i])
            {
                case '\\':
                    i += 2;
                    break;
                case '[':
                    return -1;
                case ']':
                    return i + 1;
                default:
                    i++;
                    break;
            }
        }
        return -1;
    }

    // Just past "*", "?" or "{0,n}" (and a lazy '?'), or -1 when what follows the atom does not allow zero of it.
    private static int OptionalQuantifierEnd(string pattern, int at)
    {
        if (at >= pattern.Length)
        {
            return -1;
        }
        int end;
        if (pattern[at] is '*' or '?')
        {
            end = at + 1;
        }
        else if (pattern.AsSpan(at).StartsWith("{0,") || pattern.AsSpan(at).StartsWith("{0}"))
        {
            var close = pattern.IndexOf('}', at);
            if (close < 0 || pattern.AsSpan(at + 1, close - at - 1).ContainsAnyExcept("0123456789,"))
            {
                return -1;
            }
            end = close + 1;
        }
        else
        {
            return -1;
        }
        return end < pattern.Length && pattern[end] == '?' ? end + 1 : end;
    }
}
