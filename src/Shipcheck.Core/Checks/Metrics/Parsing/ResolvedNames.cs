namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>
/// The last few sample names and the family each resolved to, by their bytes: a family's lines repeat its name, and a
/// histogram's cycle through _bucket, _sum and _count, where resolving a name anew costs a decode and several lookups.
/// </summary>
internal sealed class ResolvedNames
{
    private const int Size = 4;

    private readonly ByteScratch[] _names = [new(64), new(64), new(64), new(64)];
    private readonly (MetricFamily Family, SampleRole Role, string SampleName)[] _resolved = new (MetricFamily, SampleRole, string)[Size];
    private int _count;
    private int _newest;

    /// <summary>Forgets every name (a comment can create families and set types, which changes what a name resolves to).</summary>
    public void Clear() => _count = 0;

    /// <summary>What <paramref name="name"/> resolved to, if it is among the last names.</summary>
    public bool TryGet(ReadOnlySpan<byte> name, out (MetricFamily Family, SampleRole Role, string SampleName) resolved)
    {
        // Newest first: most lines name the same metric as the line before.
        for (var i = 0; i < _count; i++)
        {
            var slot = (_newest - i + Size) % Size;
            if (_names[slot].Span.SequenceEqual(name))
            {
                resolved = _resolved[slot];
                return true;
            }
        }
        resolved = default;
        return false;
    }

    /// <summary>Remembers what <paramref name="name"/> resolved to, in place of the oldest name.</summary>
    public void Add(ReadOnlySpan<byte> name, (MetricFamily Family, SampleRole Role, string SampleName) resolved)
    {
        _newest = (_newest + 1) % Size;
        _names[_newest].Clear();
        _names[_newest].Add(name);
        _resolved[_newest] = resolved;
        _count = Math.Min(_count + 1, Size);
    }
}
