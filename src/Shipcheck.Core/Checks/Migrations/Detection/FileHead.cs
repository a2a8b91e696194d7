using System.Text;

namespace Shipcheck.Core.Checks.Migrations.Detection;

/// <summary>
/// The first lines of a file, never the whole file: what a migration declares about itself (Alembic's revision, EF
/// Core's <c>[Migration]</c>) is at the top, and a 2 GB file must cost no more than a small one.
/// </summary>
internal static class FileHead
{
    /// <summary>How much of a file is read.</summary>
    public const int Limit = 64 * 1024;

    /// <summary>The lines in the first <see cref="Limit"/> bytes (a cut last line is dropped), or why the file could not be read.</summary>
    public static (IReadOnlyList<string> Lines, string? Error) Read(string path)
    {
        try
        {
            // Only regular files with content are opened: a FIFO or a device (size 0) would block or never end.
            var info = new FileInfo(path);
            if (info.Length == 0)
            {
                return ([], null);
            }
            var buffer = new byte[(int)Math.Min(Limit, info.Length)];
            int read;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            {
                read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            }
            var text = new UTF8Encoding(false, false).GetString(buffer, 0, read).TrimStart('\uFEFF');
            var lines = text.ReplaceLineEndings("\n").Split('\n').ToList();
            if (read == Limit && lines.Count > 1)
            {
                lines.RemoveAt(lines.Count - 1);
            }
            return (lines, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], e.Message);
        }
    }
}
