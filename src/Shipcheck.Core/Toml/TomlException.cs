namespace Shipcheck.Core.Toml;

/// <summary>
/// A TOML document that cannot be read: what is wrong, where (1-based line and column) and what to do. The message
/// starts with "source:line:column: " when the reader was given a source name.
/// </summary>
public sealed class TomlException : Exception
{
    /// <summary>Creates the error for a place in the document.</summary>
    public TomlException(string problem, int line, int column, string? source = null)
        : base(source is null ? $"{line}:{column}: {problem}" : $"{source}:{line}:{column}: {problem}")
    {
        Problem = problem;
        Line = line;
        Column = column;
        SourceName = source;
    }

    /// <summary>The problem and the fix, without the position.</summary>
    public string Problem { get; }

    /// <summary>The 1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the problem, counted in characters.</summary>
    public int Column { get; }

    /// <summary>The file (or other source) name the reader was given, if any.</summary>
    public string? SourceName { get; }
}
