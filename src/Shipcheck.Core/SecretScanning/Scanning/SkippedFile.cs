namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>A file the scan did not read, and why.</summary>
/// <param name="File">Relative to the scan root, with '/' separators.</param>
/// <param name="Reason">The kind of reason.</param>
/// <param name="Detail">What was seen and what to do, for people.</param>
public sealed record SkippedFile(string File, SkipReason Reason, string Detail)
{
    /// <summary>True when the skip deserves a warning: something may be hidden in a file nobody looked at.</summary>
    public bool IsWarning => Reason is SkipReason.TooLarge or SkipReason.Unreadable or SkipReason.SymlinkLoop or SkipReason.Timeout;
}

/// <summary>Why a file was not scanned.</summary>
public enum SkipReason
{
    /// <summary>A NUL byte in the first 8 KiB: binary content.</summary>
    Binary,

    /// <summary>Larger than the size limit.</summary>
    TooLarge,

    /// <summary>Could not be opened or read (permissions, an I/O error, a broken symlink).</summary>
    Unreadable,

    /// <summary>A symlink that leads back to itself.</summary>
    SymlinkLoop,

    /// <summary>A symlink to a directory, which the scan never follows (it could lead anywhere, or round in a loop).</summary>
    DirectorySymlink,

    /// <summary>A rule's regex took longer than its limit on this file.</summary>
    Timeout,
}
