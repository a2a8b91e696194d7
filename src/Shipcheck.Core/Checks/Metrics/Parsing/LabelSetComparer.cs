using System.Runtime.InteropServices;

namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>
/// Compares label sets as sets, the order they were written in aside (the reference sorts them into a signature), so
/// that a histogram's or summary's lines with the same labels gather into one metric; a span of the labels being read
/// finds the stored array without building a key.
/// </summary>
internal sealed class LabelSetComparer : IEqualityComparer<Label[]>, IAlternateEqualityComparer<ReadOnlySpan<Label>, Label[]>
{
    public static readonly LabelSetComparer Instance = new();

    public bool Equals(Label[]? x, Label[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && Equals(x.AsSpan(), y));

    public int GetHashCode(Label[] labels) => GetHashCode(labels.AsSpan());

    // A label set has each name once (the parser refuses duplicates), so equal sizes and every label found is equality.
    public bool Equals(ReadOnlySpan<Label> alternate, Label[] other)
    {
        if (alternate.Length != other.Length)
        {
            return false;
        }
        foreach (var label in alternate)
        {
            if (Array.IndexOf(other, label) < 0)
            {
                return false;
            }
        }
        return true;
    }

    public int GetHashCode(ReadOnlySpan<Label> alternate)
    {
        // A sum does not depend on the order.
        var hash = 0;
        foreach (var label in alternate)
        {
            hash += (ByteHash.Of(MemoryMarshal.AsBytes(label.Name.AsSpan())) * 31) ^ ByteHash.Of(MemoryMarshal.AsBytes(label.Value.AsSpan()));
        }
        return hash;
    }

    public Label[] Create(ReadOnlySpan<Label> alternate) => alternate.ToArray();
}
