using System.Globalization;

namespace Shipcheck.Core.Expectations;

/// <summary>
/// The number that starts a duration or a size (<c>1.5</c> of <c>1.5s</c>, <c>10</c> of <c>10MB</c>): ASCII digits,
/// then optionally a point and more digits. Only ASCII: <c>double.Parse</c> refuses other digits, which a regex's
/// <c>\d</c> accepts.
/// </summary>
internal static class QuantityNumber
{
    /// <summary>How many characters the number at the start of <paramref name="text"/> takes; 0 when none starts it.</summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        var length = DigitCount(text);
        if (length > 0 && length + 1 < text.Length && text[length] == '.' && char.IsAsciiDigit(text[length + 1]))
        {
            length += 1 + DigitCount(text[(length + 1)..]);
        }
        return length;
    }

    /// <summary>The value of a number <see cref="Length"/> measured.</summary>
    public static double Parse(ReadOnlySpan<char> number) => double.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static int DigitCount(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAnyExceptInRange('0', '9');
        return end < 0 ? text.Length : end;
    }
}
