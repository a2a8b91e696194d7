using System.Collections;

namespace Shipcheck.Core.Toml;

/// <summary>A TOML array (written <c>[ ... ]</c>) or an array of tables (written as <c>[[name]]</c> sections).</summary>
public sealed class TomlArray : IReadOnlyList<object>
{
    private readonly List<object> _items = [];

    internal TomlArray(int line, bool ofTables)
    {
        Line = line;
        IsArrayOfTables = ofTables;
    }

    /// <summary>The line where the array begins (its first <c>[[name]]</c> header for an array of tables).</summary>
    public int Line { get; }

    /// <summary>True for an array built from <c>[[name]]</c> headers, which later headers may extend.</summary>
    public bool IsArrayOfTables { get; }

    /// <inheritdoc/>
    public object this[int index] => _items[index];

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public IEnumerator<object> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(object item) => _items.Add(item);
}
