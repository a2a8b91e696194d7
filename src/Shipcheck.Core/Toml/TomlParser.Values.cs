using System.Text;

namespace Shipcheck.Core.Toml;

/// <summary>The values: strings, numbers, booleans, dates and times, arrays and inline tables.</summary>
internal sealed partial class TomlParser
{
    // Deeper nesting than any config needs; the limit keeps a hostile file from exhausting the stack.
    private const int MaxDepth = 100;
    private int _depth;

    private object ReadValue()
    {
        if (_cursor.AtEnd || _cursor.AtNewline)
        {
            throw _cursor.Error("a value is missing; write a string, number, boolean, date, array or inline table");
        }
        return _cursor.Peek() switch
        {
            '"' or '\'' => TomlStrings.Read(_cursor),
            '[' => Nested(ReadArray),
            '{' => Nested(ReadInlineTable),
            _ => ReadBareValue(),
        };
    }

    private T Nested<T>(Func<T> read)
    {
        if (++_depth > MaxDepth)
        {
            throw _cursor.Error($"arrays and inline tables are nested deeper than {MaxDepth} levels; flatten the document");
        }
        var value = read();
        _depth--;
        return value;
    }

    private TomlArray ReadArray()
    {
        var (line, column) = (_cursor.Line, _cursor.Column);
        var array = new TomlArray(line, ofTables: false);
        _cursor.Next();
        while (true)
        {
            _cursor.SkipBlank();
            if (_cursor.AtEnd)
            {
                throw _cursor.ErrorAt(line, column, "the array is never closed; end it with ]");
            }
            if (_cursor.Peek() == ']')
            {
                _cursor.Next();
                return array;
            }
            array.Add(ReadValue());
            _cursor.SkipBlank();
            switch (_cursor.Peek())
            {
                case ',' when !_cursor.AtEnd:
                    _cursor.Next();
                    break;
                case ']' when !_cursor.AtEnd:
                    _cursor.Next();
                    return array;
                default:
                    throw _cursor.AtEnd
                        ? _cursor.ErrorAt(line, column, "the array is never closed; end it with ]")
                        : _cursor.Error($"expected ',' or ']' after an array value, found {TomlCursor.Describe(_cursor.Peek())}");
            }
        }
    }

    private TomlTable ReadInlineTable()
    {
        var table = new TomlTable(_cursor.Line, TableOrigin.Inline, _root.Source);
        var section = ++_sections;
        _cursor.Next();
        _cursor.SkipWhitespace();
        if (_cursor.Peek() == '}' && !_cursor.AtEnd)
        {
            _cursor.Next();
            return table;
        }
        while (true)
        {
            RefuseInlineTableEnd(afterComma: table.Count > 0);
            ReadKeyValue(table, section);
            _cursor.SkipWhitespace();
            var next = _cursor.AtEnd ? '\0' : _cursor.Peek();
            if (next == '}')
            {
                _cursor.Next();
                TomlTables.Freeze(table);
                return table;
            }
            if (next != ',')
            {
                RefuseInlineTableEnd(afterComma: false);
                throw _cursor.Error($"expected ',' or '}}' after a key = value in an inline table, found {TomlCursor.Describe(next)}");
            }
            _cursor.Next();
            _cursor.SkipWhitespace();
        }
    }

    /// <summary>Where a key must follow in an inline table: not a newline (TOML 1.0), not a '}' after a comma.</summary>
    private void RefuseInlineTableEnd(bool afterComma)
    {
        if (_cursor.AtEnd || _cursor.AtNewline)
        {
            throw _cursor.Error("an inline table must be closed with } on the line it starts (TOML 1.0); use a [table] section for more keys");
        }
        if (afterComma && _cursor.Peek() == '}')
        {
            throw _cursor.Error("TOML 1.0 allows no comma after the last key of an inline table; remove it");
        }
    }

    /// <summary>true, false, a number or a date/time: the run of characters up to the next delimiter.</summary>
    private object ReadBareValue()
    {
        var (line, column) = (_cursor.Line, _cursor.Column);
        var token = new StringBuilder();
        ReadValueChars(token);
        // A date may be followed by a space and a time: 1979-05-27 07:32:00.
        if (token.Length == 10 && TomlValueShape.IsDate(token.ToString()) && _cursor.Peek() == ' '
            && char.IsAsciiDigit(_cursor.Peek(1)) && char.IsAsciiDigit(_cursor.Peek(2)) && _cursor.Peek(3) == ':')
        {
            token.Append(_cursor.Next());
            ReadValueChars(token);
        }
        var text = token.ToString();
        if (text.Length == 0)
        {
            throw _cursor.Error($"{TomlCursor.Describe(_cursor.Peek())} cannot start a value; write a string in quotes, a number, true/false, a date, [array] or {{inline table}}");
        }
        if (text is "true" or "false")
        {
            return text == "true";
        }
        if (TomlValueShape.IsDateOrTime(text))
        {
            return TomlDates.Parse(text, out var problem)
                ?? throw _cursor.ErrorAt(line, column, $"'{text}' is not a valid date or time: {problem}");
        }
        var number = TomlNumbers.Parse(text);
        if (number == TomlNumbers.OutOfRange)
        {
            throw _cursor.ErrorAt(line, column, $"{text} does not fit in a 64-bit integer (TOML's range); write it as a string or a float");
        }
        return number ?? throw _cursor.ErrorAt(line, column, $"'{text}' is not a TOML value; strings need quotes, booleans are lower-case true/false, numbers have no leading zeros");
    }

    private void ReadValueChars(StringBuilder token)
    {
        while (!_cursor.AtEnd && TomlValueShape.IsValueChar(_cursor.Peek()))
        {
            token.Append(_cursor.Next());
        }
    }
}
