namespace Shipcheck.Core.Toml;

/// <summary>Which of TOML's local (offset-less) date and time values a <see cref="TomlDateTime"/> is.</summary>
public enum TomlDateTimeKind
{
    /// <summary>A date and a time without an offset: 1979-05-27T07:32:00.</summary>
    LocalDateTime,

    /// <summary>A date alone: 1979-05-27.</summary>
    LocalDate,

    /// <summary>A time of day alone: 07:32:00.</summary>
    LocalTime,
}

/// <summary>
/// A local date-time, date or time as written (<see cref="Text"/>) and parsed. Kept apart from
/// <see cref="DateTimeOffset"/> because it names no instant; the text keeps fractions finer than 100 ns.
/// </summary>
/// <param name="Kind">Which local value this is.</param>
/// <param name="Text">The value exactly as the document wrote it.</param>
/// <param name="Date">The date, for a local date-time or a local date.</param>
/// <param name="Time">The time of day (to 100 ns), for a local date-time or a local time.</param>
public sealed record TomlDateTime(TomlDateTimeKind Kind, string Text, DateOnly? Date, TimeOnly? Time)
{
    /// <inheritdoc/>
    public override string ToString() => Text;
}
