namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>Where each line of a text starts, built only for files that have a finding; positions to line and column.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = [0];

    public LineIndex(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('\n'); at >= 0;)
        {
            _starts.Add(at + 1);
            var next = text[(at + 1)..].IndexOf('\n');
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>The 1-based line and column of <paramref name="position"/>.</summary>
    public (int Line, int Column) At(int position)
    {
        var index = _starts.BinarySearch(position);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, position - _starts[line] + 1);
    }

    /// <summary>The start of the line holding <paramref name="position"/>.</summary>
    public int LineStart(int position) => _starts[At(position).Line - 1];
}
