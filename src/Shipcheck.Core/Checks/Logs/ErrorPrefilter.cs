using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.RegularExpressions;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// The literals of an error pattern that is a plain alternation (<c>error|exception|fatal|panic</c>, <c>ERROR|FATAL</c>):
/// a line can only be an error when it contains one, so the scanner runs the regex on those lines alone. Case-insensitive
/// patterns are searched in a copy of the bytes with every byte ORed with 0x20, which maps ASCII capitals to small
/// letters (and some other bytes to others: that only adds candidates, which the regex then turns down).
/// </summary>
internal sealed partial class ErrorPrefilter
{
    private ErrorPrefilter(IReadOnlyList<byte[]> literals, bool folded)
    {
        Literals = literals;
        Folded = folded;
    }

    /// <summary>The literals as UTF-8, themselves folded when <see cref="Folded"/>.</summary>
    public IReadOnlyList<byte[]> Literals { get; }

    /// <summary>True when the literals are to be found in <see cref="Fold"/>ed bytes.</summary>
    public bool Folded { get; }

    /// <summary>The prefilter of <paramref name="pattern"/>, or null when it is more than literals joined by <c>|</c>.</summary>
    public static ErrorPrefilter? For(Regex pattern)
    {
        var text = pattern.ToString();
        if (!PlainAlternation().IsMatch(text))
        {
            return null;
        }
        var ignoreCase = pattern.Options.HasFlag(RegexOptions.IgnoreCase);
        var literals = text.Split('|');
        // Ignoring case, the regex matches an ASCII character only in its two ASCII spellings, except k and K, which
        // also match the Kelvin sign (U+212A); anything else folded needs the regex on every line.
        if (ignoreCase && !literals.All(l => l.All(c => c is >= ' ' and <= '~') && !l.Contains('k', StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        return new ErrorPrefilter([.. literals.Select(l => Folding(Encoding.UTF8.GetBytes(l), ignoreCase))], ignoreCase);
    }

    private static byte[] Folding(byte[] literal, bool fold)
    {
        if (fold)
        {
            Fold(literal, literal);
        }
        return literal;
    }

    /// <summary>Writes <paramref name="source"/> with every byte ORed with 0x20 into <paramref name="target"/>.</summary>
    // Hot loops: compiled fully optimised at once, since ReadyToRun leaves vector code to the JIT and tier 0 of it is slow.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Fold(ReadOnlySpan<byte> source, Span<byte> target)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(target.Length, source.Length);
        ref var from = ref MemoryMarshal.GetReference(source);
        ref var to = ref MemoryMarshal.GetReference(target);
        var small = Vector256.Create((byte)0x20);
        var i = 0;
        for (; i <= source.Length - Vector256<byte>.Count; i += Vector256<byte>.Count)
        {
            (Vector256.LoadUnsafe(ref from, (nuint)i) | small).StoreUnsafe(ref to, (nuint)i);
        }
        for (; i < source.Length; i++)
        {
            target[i] = (byte)(source[i] | 0x20);
        }
    }

    // Literal text only: no character that means something to a regex (a space does not, without the x option).
    [GeneratedRegex(@"^[^\\*+?{}\[\]()^$.|#]*(\|[^\\*+?{}\[\]()^$.|#]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainAlternation();
}
