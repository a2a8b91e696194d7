using System.Globalization;

namespace Shipcheck.Core.Expectations.Syntax;

internal sealed partial class Lexer
{
    /// <summary>A number, or a number with a unit: <c>200</c>, <c>1.5</c>, <c>500ms</c>, <c>1h30m</c>, <c>10MB</c>.</summary>
    private void ReadQuantity()
    {
        var start = _position;
        SkipDigits();
        if (Peek(0) == '.' && char.IsAsciiDigit(Peek(1)))
        {
            _position++;
            SkipDigits();
        }
        if (!char.IsAsciiLetter(Peek(0)))
        {
            var number = double.Parse(_text.AsSpan(start, _position - start), CultureInfo.InvariantCulture);
            Add(TokenKind.Number, start, Value.Of(number));
            return;
        }
        // A unit follows; compound durations (1h30m) continue with digits, so take the whole run.
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || (_text[_position] == '.' && char.IsAsciiDigit(Peek(1)))))
        {
            _position++;
        }
        var text = _text[start.._position];
        if (Durations.TryParse(text, out var duration))
        {
            Add(TokenKind.Duration, start, Value.Of(duration));
        }
        else if (Sizes.TryParse(text, out var bytes))
        {
            Add(TokenKind.Size, start, Value.OfSize(bytes));
        }
        else
        {
            _errors.Add(SyntaxErrors.BadQuantity(start, text));
        }
    }

    private void SkipDigits()
    {
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }
    }
}
