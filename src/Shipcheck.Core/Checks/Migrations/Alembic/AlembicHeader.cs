namespace Shipcheck.Core.Checks.Migrations.Alembic;

/// <summary>
/// What an Alembic revision file declares at module level, read without running Python: <c>revision</c> and
/// <c>down_revision</c>, in the plain (<c>revision = 'ae1027a6acf'</c>) and annotated
/// (<c>down_revision: Union[str, None] = None</c>) forms; <c>down_revision</c> may be a tuple or list (a merge).
/// </summary>
/// <param name="Revision">The revision id; null when the file declares none.</param>
/// <param name="DownRevisions">The parents: none for a base revision, two or more for a merge.</param>
/// <param name="Line">The 1-based line of <c>revision</c>, or of the problem.</param>
/// <param name="Error">Why the header cannot be read (a value that is not a literal); null when it can.</param>
internal sealed record AlembicHeader(string? Revision, IReadOnlyList<string> DownRevisions, int Line, string? Error = null)
{
    private const int ContinuationLines = 50;

    /// <summary>Reads the first top-level assignments of <c>revision</c> and <c>down_revision</c> in <paramref name="lines"/>.</summary>
    public static AlembicHeader Parse(IReadOnlyList<string> lines)
    {
        (IReadOnlyList<string> Values, int Line)? revision = null, down = null;
        var inDocstring = false;
        for (var i = 0; i < lines.Count && (revision is null || down is null); i++)
        {
            var line = lines[i];
            var wasInDocstring = inDocstring;
            if (CountTripleQuotes(line) % 2 == 1)
            {
                inDocstring = !inDocstring;
            }
            // Only assignments at column 0 outside a docstring ("Revision ID: …" lines in the docstring are not).
            if (wasInDocstring || line.Length == 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }
            var name = Name(line, out var afterName);
            if (name is not ("revision" or "down_revision") || (name == "revision" ? revision : down) is not null)
            {
                continue;
            }
            if (ValueText(line, afterName) is not { } start)
            {
                continue;
            }
            var text = start;
            var last = i;
            while (!PythonLiteral.Balanced(text) && last + 1 < lines.Count && last - i < ContinuationLines)
            {
                text += "\n" + lines[++last];
            }
            if (PythonLiteral.Strings(text) is not { } values)
            {
                return new AlembicHeader(null, [], i + 1,
                    $"{name} is not a string, None, or a tuple or list of strings, so it cannot be read without running Python; write it as a literal");
            }
            if (name == "revision")
            {
                revision = (values, i + 1);
            }
            else
            {
                down = (values, i + 1);
            }
        }
        if (revision is not { } found)
        {
            return new AlembicHeader(null, down?.Values ?? [], down?.Line ?? 1);
        }
        return found.Values.Count == 1
            ? new AlembicHeader(found.Values[0], down?.Values ?? [], found.Line)
            : new AlembicHeader(null, [], found.Line, "revision must be one string");
    }

    private static int CountTripleQuotes(string line)
    {
        var count = 0;
        foreach (var quote in (string[])["\"\"\"", "'''"])
        {
            for (var at = line.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = line.IndexOf(quote, at + 3, StringComparison.Ordinal))
            {
                count++;
            }
        }
        return count;
    }

    private static string Name(string line, out int end)
    {
        end = 0;
        while (end < line.Length && (char.IsAsciiLetterOrDigit(line[end]) || line[end] == '_'))
        {
            end++;
        }
        return line[..end];
    }

    /// <summary>The text after <c>=</c> (past an annotation, never <c>==</c>), or null when this is not an assignment.</summary>
    private static string? ValueText(string line, int at)
    {
        while (at < line.Length && line[at] is ' ' or '\t')
        {
            at++;
        }
        if (at < line.Length && line[at] == ':')
        {
            // An annotation (Union[str, Sequence[str], None]) holds no '=' of its own.
            at = line.IndexOf('=', at);
            if (at < 0)
            {
                return null;
            }
        }
        if (at >= line.Length || line[at] != '=' || (at + 1 < line.Length && line[at + 1] == '='))
        {
            return null;
        }
        return line[(at + 1)..];
    }
}
