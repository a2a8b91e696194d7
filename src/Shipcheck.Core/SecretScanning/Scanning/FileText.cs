using System.Buffers;

namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>A file's text in a pooled buffer, returned to the pool when the file has been scanned.</summary>
internal sealed class FileText(char[] buffer, int length) : IDisposable
{
    public ReadOnlySpan<char> Span => buffer.AsSpan(0, length);

    public int Length => length;

    public void Dispose() => ArrayPool<char>.Shared.Return(buffer);
}
