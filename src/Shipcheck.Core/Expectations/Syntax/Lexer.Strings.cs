using System.Text;
using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Expectations.Syntax;

internal sealed partial class Lexer
{
    /// <summary>A quoted string; <c>${name}</c> inside it interpolates, <c>$${</c> is a literal <c>${</c>.</summary>
    private void ReadString(char quote)
    {
        var start = _position++;
        var segments = new List<StringSegment>();
        var text = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                _errors.Add(SyntaxErrors.UnterminatedString(start, quote));
                return;
            }
            var c = _text[_position];
            if (c == quote)
            {
                _position++;
                break;
            }
            if (c == '\\')
            {
                ReadEscape(text);
            }
            else if (c == '$' && Peek(1) == '$' && Peek(2) == '{')
            {
                text.Append("${");
                _position += 3;
            }
            else if (c == '$' && Peek(1) == '{')
            {
                if (text.Length > 0)
                {
                    segments.Add(new TextSegment(text.ToString()));
                    text.Clear();
                }
                if (ReadReference(quote) is { } reference)
                {
                    segments.Add(reference);
                }
            }
            else
            {
                text.Append(c);
                _position++;
            }
        }
        if (text.Length > 0 || segments.Count == 0)
        {
            segments.Add(new TextSegment(text.ToString()));
        }
        Add(TokenKind.String, start, segments);
    }

    private void ReadEscape(StringBuilder text)
    {
        var escaped = Peek(1);
        char? decoded = escaped switch
        {
            '"' => '"',
            '\'' => '\'',
            '\\' => '\\',
            '$' => '$',
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            _ => null,
        };
        if (decoded is { } d)
        {
            text.Append(d);
        }
        else if (escaped != '\0')
        {
            _errors.Add(SyntaxErrors.UnknownEscape(_position, escaped));
        }
        // At the very end a lone backslash is left for the unterminated-string error to report.
        _position += escaped == '\0' ? 1 : 2;
    }

    /// <summary><c>${name}</c> standing alone as a term.</summary>
    private void ReadVariable()
    {
        var start = _position;
        if (ReadReference() is { } reference)
        {
            Add(TokenKind.Variable, start, reference);
        }
    }

    /// <summary>
    /// Reads <c>${...}</c> at the current position; null (with an error recorded) when it is malformed.
    /// Inside a string the reference must close before the string does.
    /// </summary>
    private VariableSegment? ReadReference(char? quote = null)
    {
        var start = _position;
        var close = _text.IndexOf('}', start + 2);
        var stringEnd = quote is { } q ? _text.IndexOf(q, start + 2) : -1;
        if (close < 0 || (stringEnd >= 0 && stringEnd < close))
        {
            _errors.Add(SyntaxErrors.UnclosedReference(start));
            // Go on after "${" so the rest of the string is still read, and its own end found.
            _position = quote is null ? _text.Length : start + 2;
            return null;
        }
        _position = close + 1;
        var name = _text[(start + 2)..close].Trim();
        var isEnvironment = name.StartsWith("env.", StringComparison.Ordinal);
        if (isEnvironment)
        {
            name = name[4..];
        }
        if (!Template.IsName(name))
        {
            _errors.Add(SyntaxErrors.BadVariableName(start, name));
            return null;
        }
        return new VariableSegment(name, isEnvironment, start);
    }
}
