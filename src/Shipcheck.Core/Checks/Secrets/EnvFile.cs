using System.Text;

namespace Shipcheck.Core.Checks.Secrets;

/// <summary>
/// A .env file read by hand, the way docker compose and python-dotenv read it: a UTF-8 BOM and CRLF endings are fine,
/// <c>export </c> before a name is allowed, single quotes keep text as written, double quotes apply <c>\n \r \t \" \\ \$</c>,
/// both may span lines, and <c> #</c> after an unquoted value starts a comment. Lines that are not <c>NAME=value</c>
/// become <see cref="EnvProblem"/>s, never exceptions.
/// </summary>
internal sealed class EnvFile
{
    private readonly List<EnvEntry> _entries = [];
    private readonly List<EnvProblem> _problems = [];

    private EnvFile()
    {
    }

    /// <summary>Every entry in file order, duplicates included.</summary>
    public IReadOnlyList<EnvEntry> Entries => _entries;

    /// <summary>Lines that could not be read as an entry.</summary>
    public IReadOnlyList<EnvProblem> Problems => _problems;

    /// <summary>Reads the text of a .env file (a leading BOM is dropped).</summary>
    public static EnvFile Parse(string text)
    {
        var file = new EnvFile();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            i = file.ReadEntry(lines, i);
        }
        return file;
    }

    // Returns the index of the last line the entry used (a quoted value may span lines).
    private int ReadEntry(string[] lines, int index)
    {
        var line = lines[index].TrimEnd('\r').TrimStart();
        var number = index + 1;
        if (line.Length == 0 || line[0] == '#')
        {
            return index;
        }
        if (line.StartsWith("export", StringComparison.Ordinal) && line.Length > 6 && char.IsWhiteSpace(line[6]))
        {
            line = line[6..].TrimStart();
        }
        var equals = line.IndexOf('=');
        if (equals < 0)
        {
            _problems.Add(new(number, "is not NAME=value: write NAME=value, or start the line with # to make it a comment"));
            return index;
        }
        var name = line[..equals].TrimEnd();
        if (!IsName(name))
        {
            _problems.Add(new(number, "does not start with a variable name (letters, digits, '_' and '.', not starting with a digit) before '='"));
            return index;
        }
        var raw = line[(equals + 1)..];
        var rest = raw.TrimStart(' ', '\t');
        if (rest.Length > 0 && rest[0] is '"' or '\'')
        {
            return ReadQuoted(lines, index, name, rest);
        }
        _entries.Add(new(name, Unquoted(raw), number));
        return index;
    }

    private int ReadQuoted(string[] lines, int index, string name, string rest)
    {
        var quote = rest[0];
        var value = new StringBuilder();
        var text = rest[1..];
        for (var at = index; at < lines.Length; at++)
        {
            if (at > index)
            {
                value.Append('\n');
                text = lines[at].TrimEnd('\r');
            }
            var close = quote == '"' ? DoubleQuoted(text, value) : SingleQuoted(text, value);
            if (close < 0)
            {
                continue;
            }
            var after = text[(close + 1)..].Trim();
            if (after.Length > 0 && after[0] != '#')
            {
                _problems.Add(new(at + 1, $"has text after the closing {QuoteName(quote)} quote: put a comment after ' #', or quote the whole value"));
                return at;
            }
            _entries.Add(new(name, value.ToString(), index + 1));
            return at;
        }
        _problems.Add(new(index + 1, $"opens a {QuoteName(quote)}-quoted value that never closes: add the closing {quote}"));
        return lines.Length - 1;
    }

    // Appends the text up to the closing quote; returns its index, or -1 when the line has none.
    private static int SingleQuoted(string text, StringBuilder value)
    {
        var close = text.IndexOf('\'');
        value.Append(close < 0 ? text : text[..close]);
        return close;
    }

    private static int DoubleQuoted(string text, StringBuilder value)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                return i;
            }
            if (c == '\\' && i + 1 < text.Length)
            {
                i++;
                value.Append(text[i] switch
                {
                    'n' => "\n",
                    'r' => "\r",
                    't' => "\t",
                    '"' or '\\' or '$' or '\'' => text[i].ToString(),
                    _ => "\\" + text[i],
                });
                continue;
            }
            value.Append(c);
        }
        return -1;
    }

    private static string Unquoted(string raw)
    {
        // A '#' starts a comment only after whitespace, so 'p#ss' and 'NAME=#x' keep theirs, as python-dotenv and compose do.
        for (var i = 1; i < raw.Length; i++)
        {
            if (raw[i] == '#' && char.IsWhiteSpace(raw[i - 1]))
            {
                return raw[..i].Trim();
            }
        }
        return raw.Trim();
    }

    private static string QuoteName(char quote) => quote == '"' ? "double" : "single";

    /// <summary>True for a name a shell or compose accepts (dots allowed, as compose does).</summary>
    public static bool IsName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.');
}
