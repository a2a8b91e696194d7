namespace Shipcheck.Core.Toml;

/// <summary>The TOML names of the value types, for messages.</summary>
internal static class TomlTypes
{
    /// <summary>"a string", "an integer", ... for a value the reader produced.</summary>
    public static string NameOf(object value) => value switch
    {
        string => "a string",
        long => "an integer",
        double => "a float",
        bool => "a boolean",
        DateTimeOffset => "an offset date-time",
        TomlDateTime { Kind: TomlDateTimeKind.LocalDate } => "a local date",
        TomlDateTime { Kind: TomlDateTimeKind.LocalTime } => "a local time",
        TomlDateTime => "a local date-time",
        TomlArray { IsArrayOfTables: true } => "an array of tables",
        TomlArray => "an array",
        TomlTable => "a table",
        _ => value.GetType().Name,
    };
}
