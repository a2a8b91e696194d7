namespace Shipcheck.Core.Gates.Freeze;

/// <summary><c>days:</c> as written: <c>mon-fri</c>, <c>sat,sun</c>, <c>mon,wed-fri</c> (ranges may wrap: <c>fri-mon</c>).</summary>
public static class Weekdays
{
    private static readonly string[] Names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>The three-letter names, Monday first, as the hint lists them.</summary>
    public static string Known => "mon, tue, wed, thu, fri, sat, sun";

    /// <summary>The days named by <paramref name="text"/>; null when a part is not a day or a range of days.</summary>
    public static IReadOnlySet<DayOfWeek>? Parse(string text)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length is < 1 or > 2 || Day(ends[0]) is not { } first || Day(ends[^1]) is not { } last)
            {
                return null;
            }
            for (var d = (int)first; ; d = (d + 1) % 7)
            {
                days.Add((DayOfWeek)d);
                if (d == (int)last)
                {
                    break;
                }
            }
        }
        return days.Count > 0 ? days : null;
    }

    private static DayOfWeek? Day(string name)
    {
        var key = name.Length >= 3 ? name[..3].ToLowerInvariant() : name;
        var index = Array.IndexOf(Names, key);
        return index >= 0 ? (DayOfWeek)index : null;
    }

    /// <summary>The short name of <paramref name="day"/>.</summary>
    public static string Of(DayOfWeek day) => Names[(int)day];
}
