using System.Globalization;

namespace Shipcheck.Core.Toml;

/// <summary>Integers (decimal, 0x, 0o, 0b) and floats (with inf and nan) from a bare token the parser cut out.</summary>
internal static class TomlNumbers
{
    /// <summary>What <see cref="Parse"/> returns for an integer outside the 64-bit range TOML requires.</summary>
    public static readonly object OutOfRange = new();

    /// <summary>A long or a double; null when the token is not a TOML number.</summary>
    public static object? Parse(string token) => token switch
    {
        "inf" or "+inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" or "+nan" or "-nan" => double.NaN,
        _ when token.Length > 2 && token[0] == '0' && token[1] is 'x' or 'o' or 'b' => Prefixed(token[2..], token[1]),
        _ when token.IndexOfAny(['.', 'e', 'E']) >= 0 => Float(token),
        _ => Decimal(token),
    };

    private static object? Decimal(string token)
    {
        var digits = Unsigned(token, out var sign);
        if (digits is null || (digits.Length > 1 && digits[0] == '0'))
        {
            return null;
        }
        return long.TryParse(sign + digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : OutOfRange;
    }

    private static object? Prefixed(string token, char prefix)
    {
        var digits = DigitsOf(token, prefix switch { 'x' => char.IsAsciiHexDigit, 'o' => c => c is >= '0' and <= '7', _ => c => c is '0' or '1' });
        if (digits is null)
        {
            return null;
        }
        var radix = prefix switch { 'x' => 16, 'o' => 8, _ => 2 };
        ulong value = 0;
        foreach (var c in digits)
        {
            var digit = (ulong)(char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
            if (value > (ulong.MaxValue - digit) / (ulong)radix)
            {
                return OutOfRange;
            }
            value = (value * (ulong)radix) + digit;
        }
        return value <= long.MaxValue ? (long)value : OutOfRange;
    }

    private static object? Float(string token)
    {
        var body = Unsigned(token, out var sign, allowFloat: true);
        if (body is null)
        {
            return null;
        }
        var exponentAt = body.IndexOfAny(['e', 'E']);
        var mantissa = exponentAt < 0 ? body : body[..exponentAt];
        var exponent = exponentAt < 0 ? null : body[(exponentAt + 1)..];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? mantissa : mantissa[..dot];
        var fraction = dot < 0 ? null : mantissa[(dot + 1)..];
        if (DigitsOf(whole, char.IsAsciiDigit) is not { } wholeDigits || (wholeDigits.Length > 1 && wholeDigits[0] == '0'))
        {
            return null;
        }
        if (fraction is not null && DigitsOf(fraction, char.IsAsciiDigit) is null)
        {
            return null;
        }
        var unsignedExponent = exponent is { Length: > 0 } && exponent[0] is '+' or '-' ? exponent[1..] : exponent;
        if (unsignedExponent is not null && DigitsOf(unsignedExponent, char.IsAsciiDigit) is null)
        {
            return null;
        }
        return double.Parse(sign + body.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The token without its sign, which must be followed by a digit.</summary>
    private static string? Unsigned(string token, out string sign, bool allowFloat = false)
    {
        sign = token.Length > 0 && token[0] is '+' or '-' ? token[..1] : "";
        var rest = token[sign.Length..];
        if (allowFloat)
        {
            return rest.Length > 0 && char.IsAsciiDigit(rest[0]) ? rest : null;
        }
        return DigitsOf(rest, char.IsAsciiDigit);
    }

    /// <summary>Digits with single underscores between them (never first, last or doubled); null when not so.</summary>
    private static string? DigitsOf(string text, Func<char, bool> isDigit)
    {
        if (text.Length == 0 || !isDigit(text[0]) || !isDigit(text[^1]))
        {
            return null;
        }
        for (var i = 1; i < text.Length; i++)
        {
            var ok = isDigit(text[i]) || (text[i] == '_' && isDigit(text[i + 1]));
            if (!ok)
            {
                return null;
            }
        }
        return text.Replace("_", "", StringComparison.Ordinal);
    }
}
