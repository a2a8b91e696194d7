using System.Text.RegularExpressions;
using Shipcheck.Core.SecretScanning.Rules;

namespace Shipcheck.Core.SecretScanning.Scanning;

internal sealed partial class FragmentScanner
{
    private const string AllowComment = "gitleaks:allow";

    private sealed class MatchContext(FileText text, string path, List<SecretFinding> findings)
    {
        private LineIndex? _lines;

        public FileText Text => text;

        public string Path => path;

        public List<SecretFinding> Findings => findings;

        public LineIndex Lines => _lines ??= new LineIndex(text.Span);
    }

    private void MatchIn(MatchContext context, int index, int start, int length)
    {
        var rule = _set.Rules[index];
        var regex = rule.Regex!;
        try
        {
            // The span check needs no string; most windows end here.
            if (!_existence[index]!.IsMatch(context.Text.Span.Slice(start, length)))
            {
                return;
            }
            // Groups come from the non-backtracking matcher always, so which engine answered above never changes a
            // finding. They need a string: the window's own (a Match over a range reads it as the whole input, so this is
            // the same search), not the file's, which for a large file is megabytes made for one line.
            var window = new string(context.Text.Span.Slice(start, length));
            for (var match = regex.Regex.Match(window); match.Success; match = match.NextMatch())
            {
                Consider(context, rule, match, start);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            throw new RuleTimeoutException(rule.Id);
        }
    }

    // offset: where the window the match was found in starts in the file.
    private void Consider(MatchContext context, SecretRule rule, Match match, int offset)
    {
        var secretGroup = SecretOf(rule, match);
        if (secretGroup is null || secretGroup.Length == 0)
        {
            return;
        }
        var text = context.Text.Span;
        var (matchIndex, secretIndex) = (match.Index + offset, secretGroup.Index + offset);
        var secret = text.Slice(secretIndex, secretGroup.Length);
        var entropy = Entropy.Of(secret);
        if (rule.Entropy > 0 && entropy <= rule.Entropy)
        {
            return;
        }
        var lineStart = context.Lines.LineStart(matchIndex);
        var lineEnd = LineEnd(text, matchIndex + Math.Max(match.Length - 1, 0));
        var line = text[lineStart..lineEnd].TrimEnd("\r\n");
        if (line.Contains(AllowComment, StringComparison.Ordinal))
        {
            return;
        }
        var matched = text.Slice(matchIndex, match.Length);
        foreach (var allowlist in _set.Allowlists.Where(a => a.AppliesTo(rule.Id)).Concat(rule.Allowlists))
        {
            if (allowlist.Allows(context.Path, secret, matched, line))
            {
                return;
            }
        }
        var (startLine, startColumn) = context.Lines.At(secretIndex);
        var (endLine, endColumn) = context.Lines.At(secretIndex + secretGroup.Length - 1);
        context.Findings.Add(new SecretFinding
        {
            RuleId = rule.Id,
            Description = rule.Description,
            File = context.Path,
            StartLine = startLine,
            StartColumn = startColumn,
            EndLine = endLine,
            EndColumn = endColumn,
            Secret = Redaction.Of(secret),
            Match = Redaction.InMatch(matched, secretIndex - matchIndex, secretGroup.Length),
            Entropy = Math.Round(entropy, 4),
            Tags = rule.Tags,
        });
    }

    // gitleaks: the configured group; else the first group that matched something; else the whole match.
    private static Capture? SecretOf(SecretRule rule, Match match)
    {
        if (rule.SecretGroup > 0)
        {
            return match.Groups[rule.SecretGroup] is { Success: true } group ? group : null;
        }
        for (var i = 1; i < match.Groups.Count; i++)
        {
            if (match.Groups[i] is { Success: true, Length: > 0 } group)
            {
                return group;
            }
        }
        return match;
    }
}
