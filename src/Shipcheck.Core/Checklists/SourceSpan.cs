namespace Shipcheck.Core.Checklists;

/// <summary>Where something stands in a checklist file: 1-based line and column, plus the YAML path to it.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column, string YamlPath)
{
    /// <summary>A span for things that do not come from a file, such as <c>--var</c> values.</summary>
    public static SourceSpan None(string origin) => new(origin, 0, 0, "");

    /// <summary>The same place, moved right by <paramref name="columns"/> (for errors inside a scalar).</summary>
    public SourceSpan Shift(int columns) => this with { Column = Column + columns };

    /// <inheritdoc/>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
