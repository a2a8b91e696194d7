using System.Globalization;

namespace Shipcheck.Core.Expectations;

/// <summary>Reads and writes sizes: <c>512B</c>, <c>10KB</c>, <c>10MB</c>, <c>1GiB</c>. KB is 1000 bytes, KiB 1024.</summary>
public static class Sizes
{
    /// <summary>The units a size may use, for hints.</summary>
    public const string Units = "B, KB, MB, GB, TB, KiB, MiB, GiB, TiB";

    /// <summary>Parses a size; false when the text is not one.</summary>
    /// <remarks>
    /// A <see cref="QuantityNumber"/>, optional white space and a unit in any case. Read by hand, like
    /// <see cref="Durations.TryParse"/>: a generated regex here was the first of the assembly's on a checklist with a
    /// size, and built the search tables of all of them.
    /// </remarks>
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var trimmed = text.AsSpan().Trim();
        var numberLength = QuantityNumber.Length(trimmed);
        if (numberLength == 0)
        {
            return false;
        }
        double factor = trimmed[numberLength..].TrimStart().ToString().ToUpperInvariant() switch
        {
            "B" => 1,
            "KB" => 1e3,
            "MB" => 1e6,
            "GB" => 1e9,
            "TB" => 1e12,
            "KIB" => 1024,
            "MIB" => 1024d * 1024,
            "GIB" => 1024d * 1024 * 1024,
            "TIB" => 1024d * 1024 * 1024 * 1024,
            _ => double.NaN,
        };
        var total = QuantityNumber.Parse(trimmed[..numberLength]) * factor;
        if (double.IsNaN(total) || total > long.MaxValue)
        {
            return false;
        }
        bytes = (long)total;
        return true;
    }

    /// <summary>A readable spelling in decimal units: <c>12.3MB</c>.</summary>
    public static string Format(long bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double value = bytes;
        var unit = 0;
        while (Math.Abs(value) >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }
        return $"{Math.Round(value, 1).ToString(CultureInfo.InvariantCulture)}{units[unit]}";
    }
}
