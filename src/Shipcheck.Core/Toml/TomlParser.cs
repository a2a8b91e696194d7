namespace Shipcheck.Core.Toml;

/// <summary>
/// Recursive descent over a whole document: lines of <c>key = value</c>, <c>[table]</c> and <c>[[array]]</c>
/// headers, comments. The values are read in TomlParser.Values.cs; where tables go is TomlTables' business.
/// </summary>
internal sealed partial class TomlParser
{
    private readonly TomlCursor _cursor;
    private readonly TomlTable _root;
    private TomlTable _table;
    private int _section;
    private int _sections;

    public TomlParser(string text, string? source)
    {
        _cursor = new TomlCursor(text, source);
        _root = new TomlTable(1, TableOrigin.Header, source);
        _table = _root;
    }

    public TomlTable ParseDocument()
    {
        while (true)
        {
            _cursor.SkipWhitespace();
            if (_cursor.AtEnd)
            {
                return _root;
            }
            switch (_cursor.Peek())
            {
                case '#':
                    _cursor.EndLine("a comment");
                    break;
                case '\n':
                case '\r' when _cursor.AtNewline:
                    _cursor.TryNewline();
                    break;
                case '[':
                    ReadHeader();
                    _cursor.EndLine("a [header]");
                    break;
                default:
                    ReadKeyValue(_table, _section);
                    _cursor.EndLine("a value");
                    break;
            }
        }
    }

    private void ReadHeader()
    {
        var line = _cursor.Line;
        _cursor.Next();
        var ofTables = _cursor.Peek() == '[' && !_cursor.AtEnd;
        if (ofTables)
        {
            _cursor.Next();
        }
        var key = ReadKey();
        var close = ofTables ? "]]" : "]";
        if (!_cursor.LooksAt(close))
        {
            throw _cursor.Error($"the header is not closed; end it with {close} (keys with spaces or dots in a name must be quoted)");
        }
        _cursor.Skip(close.Length);
        _table = ofTables ? TomlTables.AppendArrayElement(_root, key, line) : TomlTables.DefineHeader(_root, key, line);
        _section = ++_sections;
    }

    private void ReadKeyValue(TomlTable table, int section)
    {
        var line = _cursor.Line;
        var key = ReadKey();
        if (_cursor.Peek() != '=' || _cursor.AtEnd)
        {
            throw _cursor.AtEnd || _cursor.AtNewline
                ? _cursor.Error($"'{TomlKey.Text(key, key.Count)}' has no value; write {TomlKey.Text(key, key.Count)} = value")
                : _cursor.Error($"expected '=' after the key '{TomlKey.Text(key, key.Count)}', found {TomlCursor.Describe(_cursor.Peek())} (keys with spaces or other characters must be quoted)");
        }
        _cursor.Next();
        _cursor.SkipWhitespace();
        var value = ReadValue();
        TomlTables.SetDotted(table, key, value, section, line);
    }

    /// <summary>A key: simple keys (bare or quoted) joined by dots, whitespace around each, none after the last.</summary>
    private List<KeyPart> ReadKey()
    {
        var parts = new List<KeyPart>();
        while (true)
        {
            _cursor.SkipWhitespace();
            parts.Add(ReadSimpleKey());
            _cursor.SkipWhitespace();
            if (_cursor.Peek() != '.' || _cursor.AtEnd)
            {
                return parts;
            }
            _cursor.Next();
        }
    }

    private KeyPart ReadSimpleKey()
    {
        var (line, column) = (_cursor.Line, _cursor.Column);
        if (_cursor.Peek() is '"' or '\'' && !_cursor.AtEnd)
        {
            return new KeyPart(TomlStrings.Read(_cursor, allowMultiLine: false), line, column);
        }
        var name = new System.Text.StringBuilder();
        while (!_cursor.AtEnd && TomlKey.IsBareChar(_cursor.Peek()))
        {
            name.Append(_cursor.Next());
        }
        if (name.Length > 0)
        {
            return new KeyPart(name.ToString(), line, column);
        }
        throw _cursor.AtEnd || _cursor.AtNewline
            ? _cursor.Error("a key is missing; a key is letters, digits, - and _, or a quoted string")
            : _cursor.Error($"{TomlCursor.Describe(_cursor.Peek())} cannot start or continue a key; a bare key is letters, digits, - and _, other keys must be quoted");
    }
}
