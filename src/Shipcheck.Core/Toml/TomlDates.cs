namespace Shipcheck.Core.Toml;

/// <summary>
/// RFC 3339 dates and times as TOML 1.0 writes them: offset date-times become <see cref="DateTimeOffset"/>, local
/// ones <see cref="TomlDateTime"/>. Seconds are required (1.0); fractions finer than 100 ns are truncated.
/// </summary>
internal static class TomlDates
{
    /// <summary>The value, or null with the reason when the token is not a valid date or time.</summary>
    public static object? Parse(string token, out string? problem)
    {
        problem = null;
        var at = 0;
        DateOnly? date = null;
        if (token.Length >= 10 && token[4] == '-')
        {
            date = ReadDate(token, ref at, out problem);
            if (date is null)
            {
                return null;
            }
            if (at == token.Length)
            {
                return new TomlDateTime(TomlDateTimeKind.LocalDate, token, date, null);
            }
            if (token[at] is not ('T' or 't' or ' '))
            {
                return Fail("a date and a time are joined by T or a space", out problem);
            }
            at++;
        }
        var time = ReadTime(token, ref at, out problem);
        if (time is null)
        {
            return null;
        }
        if (at == token.Length)
        {
            return date is null
                ? new TomlDateTime(TomlDateTimeKind.LocalTime, token, null, time)
                : new TomlDateTime(TomlDateTimeKind.LocalDateTime, token, date, time);
        }
        if (date is null)
        {
            return Fail("a time of day alone cannot have an offset", out problem);
        }
        var offset = ReadOffset(token, ref at, out problem);
        if (offset is null)
        {
            return null;
        }
        return at != token.Length
            ? Fail("unexpected text after the offset", out problem)
            : new DateTimeOffset(date.Value.ToDateTime(time.Value), offset.Value);
    }

    private static DateOnly? ReadDate(string token, ref int at, out string? problem)
    {
        problem = null;
        if (!Digits(token, 0, 4, out var year) || token[4] != '-' || !Digits(token, 5, 2, out var month) || token[7] != '-' || !Digits(token, 8, 2, out var day))
        {
            return Fail<DateOnly>("a date is written YYYY-MM-DD", out problem);
        }
        at = 10;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) || year == 0)
        {
            return Fail<DateOnly>($"{token[..10]} is not a date of the calendar", out problem);
        }
        return new DateOnly(year, month, day);
    }

    private static TimeOnly? ReadTime(string token, ref int at, out string? problem)
    {
        problem = null;
        var start = at;
        if (!Digits(token, at, 2, out var hour) || Peek(token, at + 2) != ':' || !Digits(token, at + 3, 2, out var minute))
        {
            return Fail<TimeOnly>("a time is written HH:MM:SS", out problem);
        }
        if (Peek(token, at + 5) != ':' || !Digits(token, at + 6, 2, out var second))
        {
            return Fail<TimeOnly>("a time needs its seconds in TOML 1.0: write HH:MM:SS", out problem);
        }
        at += 8;
        long ticks = 0;
        if (Peek(token, at) == '.')
        {
            at++;
            var digitsFrom = at;
            while (at < token.Length && char.IsAsciiDigit(token[at]))
            {
                // Digits past the seventh (100 ns) are kept in the text only.
                if (at - digitsFrom < 7)
                {
                    ticks += (token[at] - '0') * (long)Math.Pow(10, 6 - (at - digitsFrom));
                }
                at++;
            }
            if (at == digitsFrom)
            {
                return Fail<TimeOnly>("a decimal point in the seconds needs digits after it", out problem);
            }
        }
        // 60 is a leap second: RFC 3339 allows it, .NET's times cannot hold it.
        if (hour > 23 || minute > 59 || second > 59)
        {
            return Fail<TimeOnly>($"{token[start..Math.Min(start + 8, token.Length)]} is not a time of day", out problem);
        }
        return new TimeOnly(hour, minute, second).Add(TimeSpan.FromTicks(ticks));
    }

    private static TimeSpan? ReadOffset(string token, ref int at, out string? problem)
    {
        problem = null;
        if (token[at] is 'Z' or 'z')
        {
            at++;
            return TimeSpan.Zero;
        }
        var sign = token[at] switch { '+' => 1, '-' => -1, _ => 0 };
        if (sign == 0 || !Digits(token, at + 1, 2, out var hours) || Peek(token, at + 3) != ':' || !Digits(token, at + 4, 2, out var minutes))
        {
            return Fail<TimeSpan>("an offset is written Z, +HH:MM or -HH:MM", out problem);
        }
        if (hours > 23 || minutes > 59)
        {
            return Fail<TimeSpan>($"{token[at..(at + 6)]} is not an offset", out problem);
        }
        at += 6;
        return sign * new TimeSpan(hours, minutes, 0);
    }

    private static bool Digits(string token, int at, int count, out int value)
    {
        value = 0;
        if (at + count > token.Length)
        {
            return false;
        }
        for (var i = at; i < at + count; i++)
        {
            if (!char.IsAsciiDigit(token[i]))
            {
                return false;
            }
            value = (value * 10) + (token[i] - '0');
        }
        return true;
    }

    private static char Peek(string token, int at) => at < token.Length ? token[at] : '\0';

    private static object? Fail(string reason, out string? problem)
    {
        problem = reason;
        return null;
    }

    private static T? Fail<T>(string reason, out string? problem) where T : struct
    {
        problem = reason;
        return null;
    }
}
