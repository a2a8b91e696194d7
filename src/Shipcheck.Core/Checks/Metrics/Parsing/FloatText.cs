using System.Globalization;
using System.Text;

namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>
/// Numbers as the exposition formats write them, accepted exactly where the reference parser (Go's
/// <c>strconv.ParseFloat</c> without hex floats or underscores) accepts them: <c>1</c>, <c>-3e3</c>, <c>.5</c>,
/// <c>+Inf</c>, <c>NaN</c>; not <c>0x1</c>, <c>1_000</c>, or a number too large for a double.
/// </summary>
internal static class FloatText
{
    private const NumberStyles Decimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static bool TryParse(ReadOnlySpan<byte> text, out double value)
    {
        if (TryParseSmallInteger(text, out value) || TryParseShortDecimal(text, out value))
        {
            return true;
        }
        if (TryParseSpecial(text, out value))
        {
            return true;
        }
        foreach (var b in text)
        {
            if (!(char.IsAsciiDigit((char)b) || b is (byte)'.' or (byte)'e' or (byte)'E' or (byte)'+' or (byte)'-'))
            {
                return false;
            }
        }
        // Go reports an out-of-range number as an error, where .NET would round it to infinity.
        return double.TryParse(text, Decimal, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>A whole number in decimal digits (an optional '+' or '-' first), as Go's <c>strconv.ParseInt</c> takes it.</summary>
    public static bool TryParseInteger(ReadOnlySpan<byte> text, out long value)
    {
        // Timestamps are plain digits: skip the general parse for them (18 digits always fit a long).
        if (!text.IsEmpty && text.Length <= 18 && !text.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
        {
            value = 0;
            foreach (var b in text)
            {
                value = (value * 10) + (b - '0');
            }
            return true;
        }
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    // A plain decimal such as 0.25 or -12.5 with at most 15 digits. Its digits as an integer and the power of ten are
    // both exact doubles, and one division rounds correctly, so this is the double the general parse gives.
    private static bool TryParseShortDecimal(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var negative = !text.IsEmpty && text[0] == '-';
        var digits = negative ? text[1..] : text;
        var point = digits.IndexOf((byte)'.');
        if (point <= 0 || point == digits.Length - 1 || digits.Length > 16)
        {
            return false;
        }
        long mantissa = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[i] - (byte)'0';
            if (i == point)
            {
                continue;
            }
            if ((uint)digit > 9)
            {
                return false;
            }
            mantissa = (mantissa * 10) + digit;
        }
        var quotient = mantissa / PowersOfTen[digits.Length - point - 1];
        value = negative ? -quotient : quotient;
        return true;
    }

    // Most values are small counts: exact as doubles, and far cheaper than the general parse.
    private static bool TryParseSmallInteger(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 15)
        {
            return false;
        }
        long number = 0;
        foreach (var b in text)
        {
            var digit = b - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }
            number = (number * 10) + digit;
        }
        value = number;
        return true;
    }

    private static bool TryParseSpecial(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var negative = false;
        var rest = text;
        if (rest.Length > 0 && rest[0] is (byte)'+' or (byte)'-')
        {
            negative = rest[0] == '-';
            rest = rest[1..];
        }
        else if (Ascii.EqualsIgnoreCase(rest, "nan"u8))
        {
            value = double.NaN;
            return true;
        }
        if (Ascii.EqualsIgnoreCase(rest, "inf"u8) || Ascii.EqualsIgnoreCase(rest, "infinity"u8))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        return false;
    }
}
