using System.Diagnostics.CodeAnalysis;

namespace Shipcheck.Core.Toml;

/// <summary>Typed reads for config loaders: absent gives null, a value of another type is a TomlException at its line.</summary>
public sealed partial class TomlTable
{
    /// <summary>True when the key is present and its value is a <typeparamref name="T"/>.</summary>
    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        if (TryGetValue(key, out var found) && found is T typed)
        {
            value = typed;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>The string at the key, or null when the key is absent.</summary>
    public string? GetString(string key) => Get<string>(key, "a string");

    /// <summary>The integer at the key, or null when the key is absent.</summary>
    public long? GetInteger(string key) => Scalar<long>(key, "an integer");

    /// <summary>The boolean at the key, or null when the key is absent.</summary>
    public bool? GetBoolean(string key) => Scalar<bool>(key, "a boolean");

    /// <summary>The table at the key, or null when the key is absent.</summary>
    public TomlTable? GetTable(string key) => Get<TomlTable>(key, "a table");

    /// <summary>The array at the key, or null when the key is absent.</summary>
    public TomlArray? GetArray(string key) => Get<TomlArray>(key, "an array");

    /// <summary>The array of strings at the key (<c>keywords = ["a", "b"]</c>), or null when the key is absent.</summary>
    public IReadOnlyList<string>? GetStrings(string key) => ElementsOf<string>(key, "an array of strings");

    /// <summary>The array of tables at the key (<c>[[rules]]</c> sections), or null when the key is absent.</summary>
    public IReadOnlyList<TomlTable>? GetTables(string key) => ElementsOf<TomlTable>(key, "an array of tables");

    private T? Get<T>(string key, string expected) where T : class =>
        !TryGetValue(key, out var value) ? null : value as T ?? throw WrongType(key, expected);

    private T? Scalar<T>(string key, string expected) where T : struct =>
        !TryGetValue(key, out var value) ? null : value is T typed ? typed : throw WrongType(key, expected);

    private List<T>? ElementsOf<T>(string key, string expected) where T : class
    {
        var array = Get<TomlArray>(key, expected);
        return array is null ? null : array.All(item => item is T) ? [.. array.Cast<T>()] : throw WrongType(key, expected);
    }

    private TomlException WrongType(string key, string expected) =>
        new($"'{key}' must be {expected}, not {TomlTypes.NameOf(this[key])}; change its value", LineOf(key), 1, Source);
}
