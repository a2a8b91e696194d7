using System.Text.RegularExpressions;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>
/// Turns "Expected:" lines into expectations for a <c>run</c> step, which observes <c>exit_code</c>, <c>stdout</c>,
/// <c>stderr</c> and <c>duration</c>. Only forms whose meaning is clear become expectations; everything else stays
/// as text beside the step. A count ("Non-zero count", "count above 50") is the last number in the output
/// (<c>last_number(stdout)</c>), and only when nothing says it holds at some times only ("(during market hours)");
/// a named column (<c>`ticks_last_2min > 50`</c>) is not read out of a table.
/// </summary>
public static partial class ExpectedLines
{
    /// <summary>The expectation for <paramref name="expected"/> under <paramref name="command"/>, or null when it is not recognised.</summary>
    public static RecognizedExpectation? Recognize(string expected, string command)
    {
        var text = expected.Replace("✅", "", StringComparison.Ordinal).Trim();
        if (AllCount().Match(text) is { Success: true } all)
        {
            // "ALL 5 services with status "Up X seconds"": the word must appear at least that many times.
            var word = Regex.Escape(all.Groups["word"].Value);
            return new($"stdout matches {ExpressionText.Quote($"(?s)(.*?\\b{word}\\b){{{all.Groups["n"].Value}}}")}", "ALL n … \"word\": the word at least n times in stdout");
        }
        if (NoErrors().IsMatch(text))
        {
            var allowed = AllowedWarning().Matches(text).Select(m => m.Groups["word"].Value).ToList();
            return new(NoErrorsExpression(command, allowed), allowed.Count == 0
                ? "no errors: no output line mentions an error"
                : $"no errors: no output line mentions an error, except lines with {string.Join(", ", allowed)} (said to be OK)");
        }
        if (HttpStatus().Match(text) is { Success: true } http && http.Groups["code"].Value == "200" && FailingCurl().IsMatch(command))
        {
            return new("exit_code == 0", "HTTP 200: curl -f exits non-zero on an HTTP error, so the exit code says it");
        }
        if (JsonStatus().Match(text) is { Success: true } json)
        {
            var pattern = $"\"{Regex.Escape(json.Groups["key"].Value)}\"\\s*:\\s*\"{Regex.Escape(json.Groups["value"].Value)}\"";
            return new($"stdout matches {ExpressionText.Quote(pattern)}", "a JSON member: the member with that value in stdout");
        }
        if (Shows().Match(text) is { Success: true } shows)
        {
            return new(Contains(shows.Groups["text"].Value), "shows \"text\": the text in stdout");
        }
        if (Passes().IsMatch(text))
        {
            return new("exit_code == 0", "all pass: the command's exit code");
        }
        // A count only holds at some times ("(during market hours)"): judged always, it would fail a deploy at night.
        if (!Conditional().IsMatch(text))
        {
            if (NonZero().IsMatch(text))
            {
                return new("last_number(stdout) > 0", "a non-zero count: the last number in stdout above 0");
            }
            if (CountAbove().Match(text) is { Success: true } above)
            {
                var op = above.Groups["op"].Value.StartsWith("at least", StringComparison.OrdinalIgnoreCase) || above.Groups["op"].Value == ">=" ? ">=" : ">";
                return new($"last_number(stdout) {op} {above.Groups["n"].Value}", $"a count {op} N: the last number in stdout");
            }
        }
        return null;
    }

    // X, N and <...> in a quoted text are placeholders for what varies ("Flushed X ticks").
    private static string Contains(string quoted)
    {
        if (!Placeholder().IsMatch(quoted))
        {
            return $"stdout contains {ExpressionText.Quote(quoted)}";
        }
        var pattern = string.Join("\\S+", Placeholder().Split(quoted).Select(Regex.Escape));
        return $"stdout matches {ExpressionText.Quote(pattern)}";
    }

    // Lines the command itself prints (echo "=== Collector Errors ===") are headings, not errors; lines with a word the
    // Expected line says is OK ("some ALREADY_IN_SUBSCRIBE warnings OK") are not errors either.
    private static string NoErrorsExpression(string command, IReadOnlyList<string> allowed)
    {
        var echoed = EchoLiteral().Matches(command).Select(m => m.Groups["text"].Value).Where(t => t.Length > 0).Select(Regex.Escape).ToList();
        var headings = echoed.Count == 0 ? "" : $"(?!(?:{string.Join('|', echoed)})$)";
        var exceptions = allowed.Count == 0 ? "" : $"(?!.*(?:{string.Join('|', allowed.Select(Regex.Escape))}))";
        var pattern = $"(?im)^{headings}{exceptions}.*error";
        // grep exits 1 when it finds nothing, which is exactly the healthy case.
        var exit = LastStageIsGrep(command) ? "exit_code <= 1" : "exit_code == 0";
        return $"{exit} and not (stdout matches {ExpressionText.Quote(pattern)})";
    }

    private static bool LastStageIsGrep(string command)
    {
        var last = command.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0 && !l.StartsWith('#')) ?? "";
        var stage = last.Split('|').Last().Trim();
        return stage.StartsWith("grep", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^all\s+(?<n>\d+)\b[^""]*""(?<word>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex AllCount();

    [GeneratedRegex(@"^no\s+(?:critical\s+)?errors?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoErrors();

    // "(some ALREADY_IN_SUBSCRIBE warnings OK)": an upper-case code named as acceptable.
    [GeneratedRegex(@"\b(?<word>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b[^()]*\bOK\b")]
    private static partial Regex AllowedWarning();

    [GeneratedRegex(@"\b(?:HTTP\s+(?<code>\d{3})|(?<code>\d{3})\s+OK)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HttpStatus();

    [GeneratedRegex(@"\bcurl\b[^\n|]*\s(?:-[a-zA-Z]*f[a-zA-Z]*|--fail)\b")]
    private static partial Regex FailingCurl();

    [GeneratedRegex(@"\{\s*""(?<key>\w+)""\s*:\s*""(?<value>[^""]+)""")]
    private static partial Regex JsonStatus();

    [GeneratedRegex(@"\bshows?\s+(?:multiple\s+|recent\s+)?""(?<text>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Shows();

    [GeneratedRegex(@"^non-?zero\s+(?:count|value|number|total|rate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NonZero();

    [GeneratedRegex(@"^(?:a\s+)?(?:count|value|number|total)\s+(?:is\s+|of\s+)?(?<op>above|over|greater than|more than|at least|>=|>)\s*(?<n>\d+(?:\.\d+)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountAbove();

    [GeneratedRegex(@"\((?:during|if|when|only|in)\b[^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"^all\s+(?:tests|checks)\s+pass", RegexOptions.IgnoreCase)]
    private static partial Regex Passes();

    [GeneratedRegex(@"\b(?:X|N)\b|<[^>]+>")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^\s*echo\s+""(?<text>[^""$`\\]*)""\s*$", RegexOptions.Multiline)]
    private static partial Regex EchoLiteral();
}
