namespace Shipcheck.Core.SecretScanning.Rules;

/// <summary>
/// What a gitleaks allowlist lets through: findings in files whose path matches, whose secret (or match, or line:
/// <see cref="RegexTarget"/>) matches a regex, or whose secret contains a stopword. With <see cref="AllowlistCondition.Or"/>
/// one criterion is enough; with <see cref="AllowlistCondition.And"/> every criterion given must hold. Commits are
/// not a criterion in a directory scan (there is no commit), so an allowlist of commits alone allows nothing here.
/// </summary>
public sealed class Allowlist
{
    /// <summary>What the allowlist is for, as the config says.</summary>
    public string Description { get; init; } = "";

    /// <summary>Whether any or all criteria must hold.</summary>
    public AllowlistCondition Condition { get; init; } = AllowlistCondition.Or;

    /// <summary>What <see cref="Regexes"/> are matched against.</summary>
    public RegexTarget RegexTarget { get; init; } = RegexTarget.Secret;

    /// <summary>Patterns on the file's path relative to the scan root, with '/' separators.</summary>
    public IReadOnlyList<RuleRegex> Paths { get; init; } = [];

    /// <summary>Patterns on the secret, the match or the line.</summary>
    public IReadOnlyList<RuleRegex> Regexes { get; init; } = [];

    /// <summary>Words (lower case) that, found in the secret, mark it as not a secret.</summary>
    public IReadOnlyList<string> Stopwords { get; init; } = [];

    /// <summary>For a global allowlist, the rules it applies to; empty for all.</summary>
    public IReadOnlyList<string> TargetRules { get; init; } = [];

    /// <summary>True when this allowlist applies to findings of <paramref name="ruleId"/>.</summary>
    public bool AppliesTo(string ruleId) => TargetRules.Count == 0 || TargetRules.Contains(ruleId, StringComparer.Ordinal);

    /// <summary>True when every finding in <paramref name="path"/> is allowed, so the file need not be read.</summary>
    public bool AllowsWholeFile(string path) =>
        Paths.Count > 0 && PathMatches(path) && (Condition == AllowlistCondition.Or || (Regexes.Count == 0 && Stopwords.Count == 0));

    /// <summary>True when the finding described is allowed.</summary>
    public bool Allows(string path, ReadOnlySpan<char> secret, ReadOnlySpan<char> match, ReadOnlySpan<char> line)
    {
        var target = RegexTarget switch
        {
            RegexTarget.Match => match,
            RegexTarget.Line => line,
            _ => secret,
        };
        if (Condition == AllowlistCondition.Or)
        {
            return (Paths.Count > 0 && PathMatches(path)) || RegexMatches(target) || ContainsStopword(secret);
        }
        if (Paths.Count == 0 && Regexes.Count == 0 && Stopwords.Count == 0)
        {
            return false;
        }
        return (Paths.Count == 0 || PathMatches(path))
            && (Regexes.Count == 0 || RegexMatches(target))
            && (Stopwords.Count == 0 || ContainsStopword(secret));
    }

    private bool PathMatches(string path) => Paths.Any(p => p.IsMatch(path));

    private bool RegexMatches(ReadOnlySpan<char> target)
    {
        foreach (var regex in Regexes)
        {
            if (regex.IsMatch(target))
            {
                return true;
            }
        }
        return false;
    }

    private bool ContainsStopword(ReadOnlySpan<char> secret)
    {
        foreach (var word in Stopwords)
        {
            if (secret.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>How an allowlist's criteria combine.</summary>
public enum AllowlistCondition
{
    /// <summary>Any one criterion allows the finding (gitleaks' default).</summary>
    Or,

    /// <summary>Every criterion given must hold.</summary>
    And,
}

/// <summary>What an allowlist's regexes are matched against.</summary>
public enum RegexTarget
{
    /// <summary>The secret (the secret group, else the whole match).</summary>
    Secret,

    /// <summary>The whole match of the rule's regex.</summary>
    Match,

    /// <summary>The line (or lines) holding the match.</summary>
    Line,
}
