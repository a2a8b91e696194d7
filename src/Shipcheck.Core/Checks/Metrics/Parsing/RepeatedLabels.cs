using System.Runtime.InteropServices;

namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>
/// The last label set read, as written: its bytes from the '{' to the comma after each label, and the labels they gave.
/// A line whose label set starts with the same bytes (a histogram's lines differ in <c>le</c> only, written last; many
/// series share their first labels) takes those labels without reading them again: the same bytes, read the same way
/// (a line starting with its name, for a family kept or not kept alike), give the same labels.
/// </summary>
internal sealed class RepeatedLabels
{
    private readonly ByteScratch _bytes = new();
    private readonly List<int> _commas = [];
    private readonly List<Label> _labels = [];
    private bool _kept;

    /// <summary>
    /// How many labels at the start of <paramref name="labelSet"/> (from its '{') are the last set's, and the offset of
    /// the comma after the last of them.
    /// </summary>
    public int Repeated(ReadOnlySpan<byte> labelSet, bool kept, out int comma)
    {
        comma = 0;
        if (_commas.Count == 0 || kept != _kept)
        {
            return 0;
        }
        var same = labelSet.CommonPrefixLength(_bytes.Span);
        var count = _commas.Count;
        while (count > 0 && _commas[count - 1] >= same)
        {
            count--;
        }
        comma = count > 0 ? _commas[count - 1] : 0;
        return count;
    }

    /// <summary>The first <paramref name="count"/> labels of the last set.</summary>
    public ReadOnlySpan<Label> Labels(int count) => CollectionsMarshal.AsSpan(_labels)[..count];

    /// <summary>Starts recording a label set whose first <paramref name="repeated"/> labels are the last set's.</summary>
    public void Start(int repeated) => _commas.RemoveRange(repeated, _commas.Count - repeated);

    /// <summary>Notes that a label ended with a comma at <paramref name="offset"/> from the '{'.</summary>
    public void Comma(int offset) => _commas.Add(offset);

    /// <summary>
    /// Keeps the label set just read: <paramref name="labelSet"/> from its '{', and the labels, of which those followed
    /// by a comma can be taken by the next set.
    /// </summary>
    public void End(ReadOnlySpan<byte> labelSet, ReadOnlySpan<Label> labels, bool kept)
    {
        _bytes.Clear();
        _labels.Clear();
        if (_commas.Count > 0)
        {
            _bytes.Add(labelSet[..(_commas[^1] + 1)]);
            _labels.AddRange(labels[.._commas.Count]);
        }
        _kept = kept;
    }

    /// <summary>Forgets the last set (a set read another way, as one starting with '{', cannot be taken).</summary>
    public void Forget() => _commas.Clear();
}
