using System.Globalization;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Sql;

/// <summary>Database values as expectation values: numbers, text, booleans, timestamps, null; anything else as text.</summary>
internal static class SqlValues
{
    public static Value From(object? value) => value switch
    {
        null or DBNull => Value.Null,
        bool flag => Value.Of(flag),
        byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal =>
            Value.Of(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        string text => Value.Of(text),
        // A timestamp without time zone carries no offset; databases that feed these checks store UTC.
        DateTime time => Value.Of(new DateTimeOffset(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc))),
        DateTimeOffset time => Value.Of(time),
        DateOnly date => Value.Of(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
        byte[] bytes => Value.Of(Convert.ToHexStringLower(bytes)),
        IFormattable formattable => Value.Of(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => Value.Of(value.ToString() ?? ""),
    };
}
