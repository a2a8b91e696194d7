namespace Shipcheck.Core.Toml;

/// <summary>One part of a dotted key (<c>a</c>, <c>"b c"</c>) and where it was written.</summary>
internal readonly record struct KeyPart(string Name, int Line, int Column);

/// <summary>Dotted keys written back for messages: bare parts as they are, others quoted.</summary>
internal static class TomlKey
{
    /// <summary>The first <paramref name="count"/> parts as TOML would write them: <c>a."b c".d</c>.</summary>
    public static string Text(IReadOnlyList<KeyPart> key, int count) =>
        string.Join('.', key.Take(count).Select(part => IsBare(part.Name) ? part.Name : $"\"{part.Name.Replace("\"", "\\\"", StringComparison.Ordinal)}\""));

    /// <summary>A character a bare key may hold: A-Z a-z 0-9 - _.</summary>
    public static bool IsBareChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static bool IsBare(string name) => name.Length > 0 && name.All(IsBareChar);
}
