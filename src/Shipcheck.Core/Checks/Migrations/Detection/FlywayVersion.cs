namespace Shipcheck.Core.Checks.Migrations.Detection;

/// <summary>Flyway's versions: parts split by <c>.</c> or <c>_</c>, compared as numbers, trailing zero parts ignored (<c>1.0</c> is <c>1</c>).</summary>
internal static class FlywayVersion
{
    /// <summary>The version as Flyway's history table writes it: <c>1_2</c> and <c>01.2.0</c> become <c>1.2</c>.</summary>
    public static string Normalize(string version)
    {
        var parts = version.Split(['.', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.TrimStart('0') is { Length: > 0 } digits ? digits : "0")
            .ToList();
        while (parts.Count > 1 && parts[^1] == "0")
        {
            parts.RemoveAt(parts.Count - 1);
        }
        return string.Join('.', parts);
    }

    /// <summary>Orders normalized versions by their parts' values.</summary>
    public static int Compare(string x, string y)
    {
        var a = x.Split('.');
        var b = y.Split('.');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "0";
            var right = i < b.Length ? b[i] : "0";
            var order = left.Length != right.Length ? left.Length.CompareTo(right.Length) : string.CompareOrdinal(left, right);
            if (order != 0)
            {
                return order;
            }
        }
        return 0;
    }
}
