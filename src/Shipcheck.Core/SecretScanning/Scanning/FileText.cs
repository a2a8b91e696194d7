using System.Buffers;

namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>
/// A file's text in a pooled buffer. The regex engine needs a string only to report groups, so the string is made
/// only when some rule has matched (most files never need one).
/// </summary>
internal sealed class FileText(char[] buffer, int length) : IDisposable
{
    private string? _string;

    public ReadOnlySpan<char> Span => buffer.AsSpan(0, length);

    public int Length => length;

    public string AsString() => _string ??= new string(buffer, 0, length);

    public void Dispose() => ArrayPool<char>.Shared.Return(buffer);
}
