using System.Collections;
using System.Text.Json;

namespace Shipcheck.Core.Expectations;

/// <summary>What a probe saw, by name, in the order it was recorded.</summary>
public sealed class Observations : IReadOnlyDictionary<string, Value>
{
    private readonly List<KeyValuePair<string, Value>> _ordered = [];
    private readonly Dictionary<string, Value> _byName = new(StringComparer.Ordinal);

    /// <summary>An empty set.</summary>
    public static Observations Empty => new();

    /// <summary>Records (or replaces) an observation; returns this for chaining.</summary>
    public Observations Set(string name, Value value)
    {
        if (_byName.ContainsKey(name))
        {
            _ordered.RemoveAll(p => p.Key == name);
        }
        _byName[name] = value;
        _ordered.Add(new(name, value));
        return this;
    }

    /// <inheritdoc/>
    public Value this[string key] => _byName[key];
    /// <inheritdoc/>
    public IEnumerable<string> Keys => _ordered.Select(p => p.Key);
    /// <inheritdoc/>
    public IEnumerable<Value> Values => _ordered.Select(p => p.Value);
    /// <inheritdoc/>
    public int Count => _ordered.Count;
    /// <inheritdoc/>
    public bool ContainsKey(string key) => _byName.ContainsKey(key);
    /// <inheritdoc/>
    public bool TryGetValue(string key, out Value value) => _byName.TryGetValue(key, out value!);
    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, Value>> GetEnumerator() => _ordered.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The observations as one JSON object.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new MapValue(_byName).WriteJson(writer);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
