using System.Text.RegularExpressions;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>
/// Maps headings to phases with an ordered table of rules; the first rule that matches wins. The built-in table knows
/// the seeds' English headings and their Korean, German and Japanese counterparts; <see cref="With"/> puts a team's own
/// rules (from options or a YAML file, see <see cref="PhaseMappingFile"/>) in front of it.
/// </summary>
public sealed partial class PhaseMapping(IReadOnlyList<PhaseRule> rules)
{
    /// <summary>The built-in table.</summary>
    public static PhaseMapping Default { get; } = new(BuiltInPhaseRules.All);

    /// <summary>The rules, in the order they are tried.</summary>
    public IReadOnlyList<PhaseRule> Rules { get; } = rules;

    /// <summary>This mapping with <paramref name="first"/> tried before its own rules.</summary>
    public PhaseMapping With(IEnumerable<PhaseRule> first) => new([.. first, .. Rules]);

    /// <summary>The rule a heading matches, or null when it matches none (it then becomes a group of the current phase).</summary>
    public PhaseRule? Match(string heading)
    {
        var normalized = Normalize(heading);
        var core = TrailingWords().Replace(normalized, "").Trim();
        return Rules.FirstOrDefault(rule => rule.Match == PhaseMatch.Equals
            ? core == Normalize(rule.Text) || normalized == Normalize(rule.Text)
            : ContainsWord(normalized, Normalize(rule.Text)));
    }

    // Korean, Chinese and Japanese write words together (ロールバック手順, 롤백절차): there a rule's text counts
    // anywhere; elsewhere it must be a whole word, so "deploy" is not found in "redeployment".
    private static bool ContainsWord(string heading, string text) => CloseWritten().IsMatch(text)
        ? heading.Contains(text, StringComparison.Ordinal)
        : Regex.IsMatch(heading, @"(?<![\p{L}\p{N}])" + Regex.Escape(text) + @"(?![\p{L}\p{N}])");

    [GeneratedRegex(@"[\p{IsHangulSyllables}\p{IsHangulJamo}\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]")]
    private static partial Regex CloseWritten();

    /// <summary>Lowercase, letters and digits only (dashes and punctuation as spaces), without "1.", "Step 1:" or "(30 minutes)".</summary>
    internal static string Normalize(string text)
    {
        var s = Parenthesized().Replace(text.ToLowerInvariant(), " ");
        s = NotWord().Replace(s, " ");
        s = Numbering().Replace(s.Trim(), "");
        return string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"[^\p{L}\p{N}\p{M}]+")]
    private static partial Regex NotWord();

    [GeneratedRegex(@"^(?:(?:step|option|phase|단계)\s*)?\d+\s*")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"(?:\s(?:phase|steps?|checklist|procedures?|단계|체크리스트|phase|schritte|手順))+$")]
    private static partial Regex TrailingWords();
}
