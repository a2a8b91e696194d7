using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Shipcheck.Core.Toml;

/// <summary>
/// A TOML table: its keys in the order the document defined them, each with the line where it was defined, so a
/// caller can point at the line of a bad value (<c>gitleaks.toml:42: rule 'x' has an invalid regex</c>).
/// </summary>
public sealed partial class TomlTable : IReadOnlyDictionary<string, object>
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    internal TomlTable(int line, TableOrigin origin, string? source)
    {
        Line = line;
        Origin = origin;
        Source = source;
    }

    /// <summary>The line of the table's header, of its <c>{</c>, or of the first dotted key that made it.</summary>
    public int Line { get; internal set; }

    /// <summary>The source name the document was read with, for messages about its values.</summary>
    public string? Source { get; }

    /// <summary>How the table came to be, which decides what may still add to it.</summary>
    internal TableOrigin Origin { get; set; }

    /// <summary>For a table made by dotted keys, the section (header or inline table) whose keys made it.</summary>
    internal int Section { get; set; }

    /// <inheritdoc/>
    public object this[string key] => _entries[key].Value;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _order;

    /// <inheritdoc/>
    public IEnumerable<object> Values => _order.Select(key => _entries[key].Value);

    /// <inheritdoc/>
    public int Count => _order.Count;

    /// <inheritdoc/>
    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        var found = _entries.TryGetValue(key, out var entry);
        value = found ? entry.Value : null;
        return found;
    }

    /// <summary>The line where the key, or the <c>[table]</c> / <c>[[array]]</c> header of that name, was defined.</summary>
    /// <exception cref="KeyNotFoundException">The table has no such key.</exception>
    public int LineOf(string key) => _entries.TryGetValue(key, out var entry)
        ? entry.Line
        : throw new KeyNotFoundException($"the table has no key '{key}'");

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() =>
        _order.Select(key => new KeyValuePair<string, object>(key, _entries[key].Value)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(string key, object value, int line)
    {
        _entries.Add(key, new Entry(value, line));
        _order.Add(key);
    }

    /// <summary>An implicit table defined later by its own header moves to that header's line.</summary>
    internal void MoveLine(string key, int line) => _entries[key] = _entries[key] with { Line = line };

    private readonly record struct Entry(object Value, int Line);
}

/// <summary>How a table was made; the TOML rules on redefining and extending tables follow from it.</summary>
internal enum TableOrigin
{
    /// <summary>Named on the way to a deeper header (<c>a</c> of <c>[a.b]</c>); its own header may still come.</summary>
    Implicit,

    /// <summary>Defined by its <c>[header]</c>.</summary>
    Header,

    /// <summary>Made by dotted keys (<c>a.b = 1</c>) in one section; only that section's keys may add to it.</summary>
    Dotted,

    /// <summary>One <c>[[header]]</c> element of an array of tables.</summary>
    ArrayElement,

    /// <summary>Written inline (<c>{ ... }</c>) or inside an array value: complete, nothing may add to it.</summary>
    Inline,
}
