using System.Globalization;
using System.Text.RegularExpressions;

namespace Shipcheck.Core.Expectations;

/// <summary>Reads and writes sizes: <c>512B</c>, <c>10KB</c>, <c>10MB</c>, <c>1GiB</c>. KB is 1000 bytes, KiB 1024.</summary>
public static partial class Sizes
{
    /// <summary>The units a size may use, for hints.</summary>
    public const string Units = "B, KB, MB, GB, TB, KiB, MiB, GiB, TiB";

    /// <summary>Parses a size; false when the text is not one.</summary>
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var match = SizePattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }
        var amount = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        double factor = match.Groups[2].Value.ToUpperInvariant() switch
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
        var total = amount * factor;
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

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", RegexOptions.IgnoreCase)]
    private static partial Regex SizePattern();
}
