using System.Globalization;

namespace Shipcheck.Core.Gates.Freeze;

/// <summary>One entry of <c>dates:</c>: a day (<c>2026-12-31</c>) or an inclusive range (<c>2026-12-24..2027-01-02</c>).</summary>
public readonly record struct DateRange(DateOnly First, DateOnly Last)
{
    /// <summary>True when <paramref name="day"/> is in the range.</summary>
    public bool Contains(DateOnly day) => day >= First && day <= Last;

    /// <summary>Reads a day or <c>FIRST..LAST</c>; null when the text is neither or the range runs backwards.</summary>
    public static DateRange? Parse(string text)
    {
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || !TryDay(parts[0], out var first))
        {
            return null;
        }
        var last = first;
        if (parts.Length == 2 && !TryDay(parts[1], out last))
        {
            return null;
        }
        return last >= first ? new DateRange(first, last) : null;
    }

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <inheritdoc/>
    public override string ToString() => First == Last
        ? First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
