using System.Text;

namespace Shipcheck.Core.Toml;

/// <summary>Reads TOML 1.0.0 documents (written by hand: no TOML library restores here; gitleaks configs are TOML).</summary>
public static class TomlReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses a whole document into its root table.</summary>
    /// <param name="text">The document.</param>
    /// <param name="source">A file name for messages ("gitleaks.toml:42:3: ..."), or null.</param>
    /// <exception cref="TomlException">The document is not valid TOML 1.0.0.</exception>
    public static TomlTable Parse(string text, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        RefuseUnpairedSurrogates(text, source);
        // A byte order mark is allowed at the very start only.
        var body = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        return new TomlParser(body, source).ParseDocument();
    }

    /// <summary>Parses a document given as UTF-8 bytes, refusing bytes that are not UTF-8 at their line and column.</summary>
    /// <exception cref="TomlException">The bytes are not UTF-8, or the document is not valid TOML 1.0.0.</exception>
    public static TomlTable Parse(ReadOnlySpan<byte> utf8, string? source = null)
    {
        try
        {
            return Parse(StrictUtf8.GetString(utf8), source);
        }
        catch (DecoderFallbackException bad)
        {
            var before = StrictUtf8.GetString(utf8[..Math.Max(0, bad.Index)]);
            var (line, column) = PositionAfter(before);
            throw new TomlException("the file is not valid UTF-8 here; TOML files must be UTF-8 (re-save it with that encoding)", line, column, source);
        }
    }

    /// <summary>Reads and parses a file; the file's path names it in messages.</summary>
    /// <exception cref="TomlException">The file is not UTF-8 or not valid TOML 1.0.0.</exception>
    public static TomlTable ParseFile(string path) => Parse(File.ReadAllBytes(path), path);

    private static void RefuseUnpairedSurrogates(string text, string? source)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                var (line, column) = PositionAfter(text[..i]);
                throw new TomlException($"unpaired surrogate U+{(int)text[i]:X4} is not Unicode; the text must be valid UTF-8", line, column, source);
            }
        }
    }

    private static (int Line, int Column) PositionAfter(string before)
    {
        var line = 1 + before.Count(c => c == '\n');
        var lineStart = before.LastIndexOf('\n') + 1;
        var column = 1 + before[lineStart..].Count(c => !char.IsLowSurrogate(c));
        return (line, column);
    }
}
