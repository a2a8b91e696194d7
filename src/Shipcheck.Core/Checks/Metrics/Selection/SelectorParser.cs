using System.Text;

namespace Shipcheck.Core.Checks.Metrics.Selection;

/// <summary>
/// Parses a PromQL instant-vector selector: an optional metric name, then optional braces with matchers
/// <c>label op "value"</c> (<c>=</c>, <c>!=</c>, <c>=~</c>, <c>!~</c>; values in double, single or back quotes), and inside
/// the braces a quoted metric name alone (<c>{"my.metric"}</c>). Hand-written so errors carry their column.
/// </summary>
public sealed class SelectorParser
{
    private const string Example = "for example connector_circuit_breaker_state{exchange=~\"bin.*\",state!=\"x\"}";

    private readonly string _text;
    private readonly List<LabelMatcher> _names = [];
    private readonly List<LabelMatcher> _labels = [];
    private int _pos;
    private SelectorError? _error;

    private SelectorParser(string text) => _text = text;

    /// <summary>The selector, or the first problem with it.</summary>
    public static (SeriesSelector? Selector, SelectorError? Error) Parse(string text)
    {
        var parser = new SelectorParser(text);
        return parser.ParseSelector() ? (new SeriesSelector(parser._names, parser._labels), null) : (null, parser._error);
    }

    private bool ParseSelector()
    {
        SkipSpace();
        if (_pos == _text.Length)
        {
            return Fail("the selector is empty", "name a metric, or leave select out to look at every series");
        }
        if (IsNameStart(Peek(), metric: true))
        {
            _names.Add(new LabelMatcher(LabelMatcher.MetricName, MatchOperator.Equal, ReadIdentifier(metric: true)));
            SkipSpace();
        }
        if (Peek() == '{' && !Matchers())
        {
            return false;
        }
        SkipSpace();
        if (_pos < _text.Length)
        {
            return Fail($"unexpected '{Peek()}' after the selector", $"a selector is a metric name and {{label matchers}}: {Example}");
        }
        if (_names.Count == 0 && _labels.All(m => m.Matches("")))
        {
            return Fail("the selector matches every series", "name a metric, or add a matcher that needs a value such as job=\"api\"", at: 0);
        }
        return true;
    }

    private bool Matchers()
    {
        _pos++;
        while (true)
        {
            SkipSpace();
            if (Peek() == '}')
            {
                _pos++;
                return true;
            }
            if (!Matcher())
            {
                return false;
            }
            SkipSpace();
            switch (Peek())
            {
                case ',':
                    _pos++;
                    continue;
                case '}':
                    _pos++;
                    return true;
                default:
                    return Fail(_pos == _text.Length ? "the selector ends before its closing '}'" : $"expected ',' or '}}' after a matcher, found '{Peek()}'",
                        $"separate matchers with commas and close the braces: {Example}");
            }
        }
    }

    private bool Matcher()
    {
        var start = _pos;
        string name;
        var quoted = Peek() is '"' or '\'' or '`';
        if (quoted)
        {
            if (ReadString() is not { } text)
            {
                return false;
            }
            name = text;
        }
        else if (IsNameStart(Peek(), metric: false))
        {
            name = ReadIdentifier(metric: false);
        }
        else
        {
            return Fail(_pos == _text.Length ? "the selector ends before its closing '}'" : $"expected a label name, found '{Peek()}'",
                "label names are letters, digits and '_', not starting with a digit (or quoted)");
        }
        SkipSpace();
        if (quoted && Peek() is ',' or '}')
        {
            // {"my.metric", job="api"}: a quoted name alone is the metric name.
            return AddMatcher(new LabelMatcher(LabelMatcher.MetricName, MatchOperator.Equal, name), start);
        }
        if (ReadOperator() is not { } op)
        {
            return Fail($"expected '=', '!=', '=~' or '!~' after the label name '{name}'", $"compare the label with a quoted value: {name}=\"value\"");
        }
        SkipSpace();
        var valueStart = _pos;
        if (Peek() is not ('"' or '\'' or '`'))
        {
            return Fail($"expected a quoted value after {name}{LabelMatcher.Symbol(op)}", $"quote the value: {name}{LabelMatcher.Symbol(op)}\"value\"");
        }
        return ReadString() is { } value && AddMatcher(new LabelMatcher(name, op, value), valueStart);
    }

    private bool AddMatcher(LabelMatcher matcher, int start)
    {
        try
        {
            (matcher.Name == LabelMatcher.MetricName ? _names : _labels).Add(matcher.Compiled());
            return true;
        }
        catch (ArgumentException e)
        {
            return Fail($"'{matcher.Value}' is not a valid regular expression: {e.Message}",
                "patterns are anchored at both ends and use RE2-like syntax (no look-arounds or back-references)", start);
        }
    }

    private MatchOperator? ReadOperator()
    {
        foreach (var (symbol, op) in new[] { ("=~", MatchOperator.Regex), ("!~", MatchOperator.NotRegex), ("!=", MatchOperator.NotEqual), ("=", MatchOperator.Equal) })
        {
            if (string.CompareOrdinal(_text, _pos, symbol, 0, symbol.Length) == 0)
            {
                _pos += symbol.Length;
                return op;
            }
        }
        return null;
    }

    // A string in ", ' or ` quotes; the first two know \\, \", \', \n, \t and \r, back quotes are raw.
    private string? ReadString()
    {
        var start = _pos;
        var quote = _text[_pos++];
        var text = new StringBuilder();
        while (_pos < _text.Length)
        {
            var c = _text[_pos++];
            if (c == quote)
            {
                return text.ToString();
            }
            if (c != '\\' || quote == '`')
            {
                text.Append(c);
                continue;
            }
            var escaped = _pos < _text.Length ? _text[_pos++] : ' ';
            var unescaped = escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '\\' or '"' or '\'' => escaped, _ => (char?)null };
            if (unescaped is null)
            {
                Fail($"unknown escape '\\{escaped}' in a quoted value", "write \\\\ for a backslash (in a regular expression, \\\\. for a literal dot), or use `back quotes`", _pos - 2);
                return null;
            }
            text.Append(unescaped.Value);
        }
        Fail("a quoted value is not closed", $"end it with {quote}", start);
        return null;
    }

    private string ReadIdentifier(bool metric)
    {
        var start = _pos;
        while (_pos < _text.Length && (IsNameStart(_text[_pos], metric) || char.IsAsciiDigit(_text[_pos])))
        {
            _pos++;
        }
        return _text[start.._pos];
    }

    private static bool IsNameStart(char c, bool metric) => char.IsAsciiLetter(c) || c == '_' || (metric && c == ':');

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private bool Fail(string message, string hint, int? at = null)
    {
        _error ??= new SelectorError(at ?? _pos, message, hint);
        return false;
    }
}
