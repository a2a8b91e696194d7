namespace Shipcheck.Core.Checks.Migrations.Detection;

/// <summary>Orders names the way migration tools do: runs of digits by their value (<c>10_b</c> after <c>9_a</c>), the rest as text.</summary>
internal sealed class NumericOrder : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static readonly NumericOrder Instance = new();

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        x ??= "";
        y ??= "";
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var a = DigitRun(x, ref i);
                var b = DigitRun(y, ref j);
                var byValue = a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
                if (byValue != 0)
                {
                    return byValue;
                }
                continue;
            }
            if (x[i] != y[j])
            {
                return x[i].CompareTo(y[j]);
            }
            i++;
            j++;
        }
        return (x.Length - i).CompareTo(y.Length - j);
    }

    /// <summary>The digits at <paramref name="index"/> without leading zeros (so <c>007</c> and <c>7</c> are equal); moves past them.</summary>
    public static string DigitRun(string text, ref int index)
    {
        var start = index;
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index++;
        }
        var digits = text[start..index].TrimStart('0');
        return digits.Length == 0 ? "0" : digits;
    }

    /// <summary>The leading digits of <paramref name="name"/> without leading zeros, or null when it does not start with a digit.</summary>
    public static string? LeadingNumber(string name)
    {
        if (name.Length == 0 || !char.IsAsciiDigit(name[0]))
        {
            return null;
        }
        var index = 0;
        return DigitRun(name, ref index);
    }
}
