using System.Globalization;

namespace Shipcheck.Core.Gates.Freeze;

/// <summary>
/// <c>between: "HH:MM-HH:MM"</c>, in wall-clock time of the freeze's zone. The end is exclusive. A window whose end is
/// not after its start spans midnight: <c>22:00-02:00</c> runs from 22:00 to 02:00 the next day.
/// </summary>
public readonly record struct DailyWindow(TimeOnly Start, TimeOnly End)
{
    /// <summary>True when the window runs past midnight into the next day.</summary>
    public bool SpansMidnight => End <= Start;

    /// <summary>
    /// The day the occurrence containing <paramref name="local"/> started on, or null when <paramref name="local"/> is
    /// outside the window. After midnight of a spanning window that is the day before, so <c>days: fri</c> with
    /// <c>22:00-02:00</c> still holds at 01:00 on Saturday.
    /// </summary>
    public DateOnly? OccurrenceStart(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        var day = DateOnly.FromDateTime(local);
        if (!SpansMidnight)
        {
            return time >= Start && time < End ? day : null;
        }
        if (time >= Start)
        {
            return day;
        }
        return time < End ? day.AddDays(-1) : null;
    }

    /// <summary>When the occurrence that started on <paramref name="day"/> ends, in wall-clock time.</summary>
    public DateTime EndOf(DateOnly day) => (SpansMidnight ? day.AddDays(1) : day).ToDateTime(End);

    /// <summary>Reads <c>HH:MM-HH:MM</c>; null when the text is not that.</summary>
    public static DailyWindow? Parse(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryTime(parts[0], out var start) || !TryTime(parts[1], out var end) || start == end)
        {
            return null;
        }
        return new DailyWindow(start, end);
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{End.ToString("HH:mm", CultureInfo.InvariantCulture)}";
}
