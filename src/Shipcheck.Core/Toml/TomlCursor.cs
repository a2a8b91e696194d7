namespace Shipcheck.Core.Toml;

/// <summary>
/// The reader's place in the text: the next character, its line and column, and the whitespace, comments and
/// newlines TOML allows between tokens. Every error is made here so each carries its position.
/// </summary>
internal sealed class TomlCursor(string text, string? source)
{
    private int _position;

    public int Line { get; private set; } = 1;

    public int Column { get; private set; } = 1;

    public bool AtEnd => _position >= text.Length;

    /// <summary>The character <paramref name="ahead"/> places on, or '\0' past the end (check <see cref="AtEnd"/>).</summary>
    public char Peek(int ahead = 0) => _position + ahead < text.Length ? text[_position + ahead] : '\0';

    public bool LooksAt(string expected) => string.CompareOrdinal(text, _position, expected, 0, expected.Length) == 0;

    public char Next()
    {
        var c = text[_position++];
        if (c == '\n')
        {
            Line++;
            Column = 1;
        }
        else if (!char.IsLowSurrogate(c))
        {
            Column++;
        }
        return c;
    }

    public void Skip(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Next();
        }
    }

    public TomlException Error(string problem) => new(problem, Line, Column, source);

    public TomlException ErrorAt(int line, int column, string problem) => new(problem, line, column, source);

    /// <summary>Spaces and tabs, the only whitespace TOML has inside a line.</summary>
    public void SkipWhitespace()
    {
        while (Peek() is ' ' or '\t' && !AtEnd)
        {
            Next();
        }
    }

    /// <summary>A newline (LF or CRLF) is next.</summary>
    public bool AtNewline => Peek() == '\n' || (Peek() == '\r' && Peek(1) == '\n');

    /// <summary>Consumes one LF or CRLF; false when none is next.</summary>
    public bool TryNewline()
    {
        if (Peek() == '\r' && Peek(1) == '\n')
        {
            Skip(2);
            return true;
        }
        if (Peek() == '\n' && !AtEnd)
        {
            Next();
            return true;
        }
        return false;
    }

    /// <summary>A comment from '#' to the end of the line (the newline stays), refusing control characters.</summary>
    public void SkipComment()
    {
        if (Peek() != '#' || AtEnd)
        {
            return;
        }
        Next();
        while (!AtEnd && !AtNewline)
        {
            RefuseControl(Peek(), "a comment");
            Next();
        }
    }

    /// <summary>Whitespace, comments and newlines, as allowed between the values of an array.</summary>
    public void SkipBlank()
    {
        while (true)
        {
            SkipWhitespace();
            SkipComment();
            if (!TryNewline())
            {
                return;
            }
        }
    }

    /// <summary>The rest of a line after a value or header: whitespace, maybe a comment, then a newline or the end.</summary>
    public void EndLine(string after)
    {
        SkipWhitespace();
        SkipComment();
        if (!AtEnd && !TryNewline())
        {
            throw Peek() == '\r'
                ? Error("a carriage return must be followed by a line feed; save the file with LF or CRLF line endings")
                : Error($"unexpected {Describe(Peek())} after {after}; put each key = value and each [header] on its own line");
        }
    }

    /// <summary>Refuses the control characters TOML forbids in comments and strings (tab is allowed).</summary>
    public void RefuseControl(char c, string where)
    {
        if ((c < 0x20 && c != '\t') || c == 0x7F)
        {
            throw c == '\r'
                ? Error($"a carriage return in {where} must be followed by a line feed")
                : Error($"control character U+{(int)c:X4} is not allowed in {where}; remove it or write it as an escape in a basic string");
        }
    }

    /// <summary>A character named for a message: 'x', or U+0001 for one that does not print.</summary>
    public static string Describe(char c) => c < 0x20 || c == 0x7F ? $"U+{(int)c:X4}" : $"'{c}'";
}
