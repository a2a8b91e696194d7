namespace Shipcheck.Core.Toml;

/// <summary>What a bare value token looks like before it is parsed: which characters it takes, date or number.</summary>
internal static class TomlValueShape
{
    /// <summary>Characters of numbers, booleans, inf/nan and dates; anything else ends the token.</summary>
    public static bool IsValueChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.' or ':' or '_';

    /// <summary>Starts YYYY-MM-DD: a date or a date-time. Numbers never hold a '-' after four digits.</summary>
    public static bool IsDate(string token) =>
        token.Length >= 10 && token[4] == '-' && token.Take(4).All(char.IsAsciiDigit);

    /// <summary>A date, date-time or time (only times and date-times hold ':').</summary>
    public static bool IsDateOrTime(string token) => IsDate(token) || token.Contains(':', StringComparison.Ordinal);
}
