using System.Globalization;
using System.Text;

namespace Shipcheck.Core.Toml;

/// <summary>TOML's four strings: basic "..." with escapes, literal '...', and their multi-line """ and ''' forms.</summary>
internal static class TomlStrings
{
    /// <summary>Reads the string that starts at the cursor (at its first quote).</summary>
    public static string Read(TomlCursor cursor, bool allowMultiLine = true)
    {
        var quote = cursor.Peek();
        var triple = new string(quote, 3);
        if (cursor.LooksAt(triple))
        {
            if (!allowMultiLine)
            {
                throw cursor.Error("a key cannot be a multi-line string; write it in single quotes or double quotes on one line");
            }
            cursor.Skip(3);
            return ReadMultiLine(cursor, quote);
        }
        cursor.Next();
        return ReadSingleLine(cursor, quote);
    }

    private static string ReadSingleLine(TomlCursor cursor, char quote)
    {
        var (line, column) = (cursor.Line, cursor.Column - 1);
        var text = new StringBuilder();
        while (true)
        {
            if (cursor.AtEnd || cursor.AtNewline)
            {
                throw cursor.ErrorAt(line, column, $"the string is not closed on its line; end it with {quote} (use {quote}{quote}{quote} for a multi-line string)");
            }
            var c = cursor.Peek();
            if (c == quote)
            {
                cursor.Next();
                return text.ToString();
            }
            if (c == '\\' && quote == '"')
            {
                ReadEscape(cursor, text);
                continue;
            }
            cursor.RefuseControl(c, "a string");
            text.Append(cursor.Next());
        }
    }

    private static string ReadMultiLine(TomlCursor cursor, char quote)
    {
        var (line, column) = (cursor.Line, cursor.Column - 3);
        // A newline right after the opening quotes is not part of the string.
        cursor.TryNewline();
        var text = new StringBuilder();
        while (true)
        {
            if (cursor.AtEnd)
            {
                throw cursor.ErrorAt(line, column, $"the multi-line string is never closed; end it with {quote}{quote}{quote}");
            }
            var c = cursor.Peek();
            if (c == quote && cursor.LooksAt(new string(quote, 3)))
            {
                var run = 0;
                while (cursor.Peek(run) == quote && !cursor.AtEnd)
                {
                    run++;
                }
                if (run > 5)
                {
                    throw cursor.Error($"too many {quote} in a row: a multi-line string may end with at most two quotes before its closing {quote}{quote}{quote}; escape the rest");
                }
                // Up to two quotes just before the closing three belong to the string.
                text.Append(quote, run - 3);
                cursor.Skip(run);
                return text.ToString();
            }
            if (c == '\\' && quote == '"')
            {
                if (!TrimLineEndingBackslash(cursor))
                {
                    ReadEscape(cursor, text);
                }
                continue;
            }
            if (cursor.AtNewline)
            {
                // Newlines are kept as the document wrote them (LF or CRLF).
                text.Append(cursor.Peek() == '\r' ? "\r\n" : "\n");
                cursor.TryNewline();
                continue;
            }
            cursor.RefuseControl(c, "a string");
            text.Append(cursor.Next());
        }
    }

    /// <summary>A backslash at the end of a line drops the newline and the whitespace up to the next text.</summary>
    private static bool TrimLineEndingBackslash(TomlCursor cursor)
    {
        var ahead = 1;
        while (cursor.Peek(ahead) is ' ' or '\t')
        {
            ahead++;
        }
        if (cursor.Peek(ahead) != '\n' && !(cursor.Peek(ahead) == '\r' && cursor.Peek(ahead + 1) == '\n'))
        {
            return false;
        }
        cursor.Skip(ahead);
        while (true)
        {
            cursor.SkipWhitespace();
            if (!cursor.TryNewline())
            {
                return true;
            }
        }
    }

    private static void ReadEscape(TomlCursor cursor, StringBuilder text)
    {
        var (line, column) = (cursor.Line, cursor.Column);
        cursor.Next();
        var c = cursor.AtEnd ? '\0' : cursor.Next();
        switch (c)
        {
            case 'b': text.Append('\b'); break;
            case 't': text.Append('\t'); break;
            case 'n': text.Append('\n'); break;
            case 'f': text.Append('\f'); break;
            case 'r': text.Append('\r'); break;
            case '"': text.Append('"'); break;
            case '\\': text.Append('\\'); break;
            case 'u': text.Append(ReadCodePoint(cursor, 4, line, column)); break;
            case 'U': text.Append(ReadCodePoint(cursor, 8, line, column)); break;
            default:
                throw cursor.ErrorAt(line, column, $"\\{(c == '\0' ? "" : c)} is not a TOML escape; use \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX or \\UXXXXXXXX, or write \\\\ for a backslash (or use a 'literal string')");
        }
    }

    private static string ReadCodePoint(TomlCursor cursor, int digits, int line, int column)
    {
        var hex = new StringBuilder();
        for (var i = 0; i < digits; i++)
        {
            if (!char.IsAsciiHexDigit(cursor.Peek()) || cursor.AtEnd)
            {
                throw cursor.ErrorAt(line, column, $"\\{(digits == 4 ? 'u' : 'U')} needs exactly {digits} hex digits");
            }
            hex.Append(cursor.Next());
        }
        var value = uint.Parse(hex.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            throw cursor.ErrorAt(line, column, $"\\{(digits == 4 ? 'u' : 'U')}{hex} is not a Unicode scalar value (surrogates and values above 10FFFF are not)");
        }
        return char.ConvertFromUtf32((int)value);
    }
}
