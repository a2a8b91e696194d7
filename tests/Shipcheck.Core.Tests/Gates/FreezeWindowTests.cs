using Shipcheck.Core.Gates.Freeze;
using Shipcheck.Core.Tests.Store;

namespace Shipcheck.Core.Tests.Gates;

/// <summary>Freeze windows judged at instants given in UTC: zones, daylight-saving changes, midnight, dates, flag files.</summary>
public sealed class FreezeWindowTests
{
    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static FreezeWindow Window(string zone, string? days = null, string? between = null, params string[] dates) => new()
    {
        Name = "test",
        Zone = TimeZoneInfo.FindSystemTimeZoneById(zone),
        Days = days is null ? null : Weekdays.Parse(days),
        Between = between is null ? null : DailyWindow.Parse(between),
        Dates = [.. dates.Select(d => DateRange.Parse(d)!.Value)],
    };

    [Theory]
    [InlineData("2026-12-03T00:00:00Z", true)]   // Thursday 09:00 KST: the start is inside
    [InlineData("2026-12-03T00:29:59Z", true)]
    [InlineData("2026-12-03T00:30:00Z", false)]  // 09:30 KST: the end is not
    [InlineData("2026-12-02T23:59:59Z", false)]  // 08:59:59 KST
    [InlineData("2026-12-05T00:10:00Z", false)]  // Saturday 09:10 KST
    [InlineData("2026-12-07T00:10:00Z", true)]   // Monday 09:10 KST
    public void Market_open_in_Seoul_is_read_in_Korean_time(string utc, bool on)
    {
        var window = Window("Asia/Seoul", "mon-fri", "09:00-09:30");

        Assert.Equal(on, window.StateAt(Utc(utc)).On);
    }

    [Theory]
    [InlineData("2026-12-04T21:59:00Z", false)]  // Friday 21:59
    [InlineData("2026-12-04T22:00:00Z", true)]   // Friday 22:00
    [InlineData("2026-12-05T01:59:00Z", true)]   // Saturday 01:59: still Friday's window
    [InlineData("2026-12-05T02:00:00Z", false)]
    [InlineData("2026-12-05T22:30:00Z", false)]  // Saturday's own 22:00 is not a Friday
    [InlineData("2026-12-04T01:00:00Z", true)]   // Friday 01:00: Thursday's window
    [InlineData("2026-12-07T01:00:00Z", false)]  // Monday 01:00: Sunday's window, not a weekday
    public void A_window_across_midnight_belongs_to_the_day_it_started(string utc, bool on)
    {
        var window = Window("UTC", "mon-fri", "22:00-02:00");

        Assert.Equal(on, window.StateAt(Utc(utc)).On);
    }

    [Fact]
    public void A_window_across_midnight_ends_the_next_day()
    {
        var window = Window("UTC", null, "22:00-02:00");

        var state = window.StateAt(Utc("2026-12-04T23:00:00Z"));

        Assert.Equal(new DateTime(2026, 12, 5, 2, 0, 0), state.Until);
    }

    [Theory]
    [InlineData("2026-03-27T08:10:00Z", true)]   // Friday before the change: 09:10 CET
    [InlineData("2026-03-30T08:10:00Z", false)]  // Monday after it: 10:10 CEST
    [InlineData("2026-03-30T07:10:00Z", true)]   // 09:10 CEST
    public void Berlin_working_hours_follow_summer_time(string utc, bool on)
    {
        var window = Window("Europe/Berlin", "mon-fri", "09:00-09:30");

        Assert.Equal(on, window.StateAt(Utc(utc)).On);
    }

    [Theory]
    [InlineData("2026-03-08T06:59:00Z", false)]  // 01:59 EST
    [InlineData("2026-03-08T07:00:00Z", false)]  // 03:00 EDT: 02:00-02:59 did not exist that night
    [InlineData("2026-03-09T06:30:00Z", true)]   // the next night, 02:30 EDT
    public void A_window_inside_the_spring_forward_gap_never_happens_that_night(string utc, bool on)
    {
        var window = Window("America/New_York", null, "02:00-03:00");

        Assert.Equal(on, window.StateAt(Utc(utc)).On);
    }

    [Theory]
    [InlineData("2026-11-01T05:30:00Z")]  // 01:30 EDT
    [InlineData("2026-11-01T06:30:00Z")]  // 01:30 EST, an hour later: the clock read 01:30 twice
    public void A_window_inside_the_fall_back_hour_holds_both_times_the_clock_shows_it(string utc)
    {
        var window = Window("America/New_York", null, "01:00-02:00");

        Assert.True(window.StateAt(Utc(utc)).On);
        Assert.False(window.StateAt(Utc("2026-11-01T07:00:00Z")).On); // 02:00 EST
    }

    [Theory]
    [InlineData("2026-12-23T14:59:00Z", false)]  // 23:59 on the 23rd in Seoul
    [InlineData("2026-12-23T15:00:00Z", true)]   // 00:00 on the 24th in Seoul (still the 23rd in UTC)
    [InlineData("2026-12-26T14:59:00Z", true)]   // 23:59 on the 26th: the last day is included
    [InlineData("2026-12-26T15:00:00Z", false)]
    public void A_date_range_is_whole_days_in_the_freeze_zone(string utc, bool on)
    {
        var window = Window("Asia/Seoul", null, null, "2026-12-24..2026-12-26");

        Assert.Equal(on, window.StateAt(Utc(utc)).On);
    }

    [Fact]
    public void A_date_with_a_window_across_midnight_holds_into_the_next_day()
    {
        var window = Window("UTC", null, "22:00-02:00", "2026-12-31");

        Assert.True(window.StateAt(Utc("2027-01-01T01:00:00Z")).On);
        Assert.False(window.StateAt(Utc("2027-01-01T23:00:00Z")).On);
        Assert.False(window.StateAt(Utc("2026-12-31T01:00:00Z")).On); // that is the 30th's window
    }

    [Fact]
    public void A_flag_file_freeze_is_on_exactly_while_the_file_exists()
    {
        using var folder = new TempFolder();
        var flag = Path.Combine(folder.Path, "docs-freeze");
        var window = new FreezeWindow { Name = "documentation freeze", FlagFile = flag };
        var now = Utc("2026-12-03T00:10:00Z");

        Assert.False(window.StateAt(now).On);
        File.WriteAllText(flag, "council decision");
        Assert.True(window.StateAt(now).On);
        Assert.Contains(flag, window.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mon-fri", "mon,tue,wed,thu,fri")]
    [InlineData("sat,sun", "sat,sun")]
    [InlineData("fri-mon", "mon,fri,sat,sun")]
    [InlineData("Monday, wed-thu", "mon,wed,thu")]
    public void Weekdays_read_lists_and_ranges_that_may_wrap(string text, string expected)
    {
        var window = new FreezeWindow { Name = "d", Days = Weekdays.Parse(text) };

        Assert.Equal(expected + " UTC", window.Describe());
    }

    [Theory]
    [InlineData("09:00-09:00")]
    [InlineData("9-10")]
    [InlineData("25:00-26:00")]
    [InlineData("09:00")]
    public void Rejects_what_is_not_a_time_window(string text) => Assert.Null(DailyWindow.Parse(text));

    [Theory]
    [InlineData("2026-12-26..2026-12-24")]
    [InlineData("2026-13-01")]
    [InlineData("next friday")]
    public void Rejects_what_is_not_a_date_range(string text) => Assert.Null(DateRange.Parse(text));
}
