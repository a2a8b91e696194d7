using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>
/// What a file is, whatever it is called: its device and inode. A log renamed by rotation keeps it; the new file
/// created in its place gets another.
/// </summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode)
{
    /// <summary>The identity of an open file, or null where it cannot be told (not 64-bit Linux, or fstat failed).</summary>
    public static FileIdentity? Of(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
        {
            return null;
        }
        // st_dev and st_ino are the first two 64-bit fields of struct stat on every 64-bit Linux ABI (x86-64 and the
        // generic one of arm64 and riscv64); the rest differs, so the buffer is only sized generously.
        var stat = new byte[256];
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            if (fstat((int)handle.DangerousGetHandle(), stat) != 0)
            {
                return null;
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
        return new FileIdentity(BinaryPrimitives.ReadUInt64LittleEndian(stat), BinaryPrimitives.ReadUInt64LittleEndian(stat.AsSpan(8)));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int fstat(int fd, [Out] byte[] stat);
}
