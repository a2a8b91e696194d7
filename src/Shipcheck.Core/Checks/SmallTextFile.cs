using System.Text;

namespace Shipcheck.Core.Checks;

/// <summary>
/// Reads a small UTF-8 text file a kind judges whole (a .env file, a runbook), refusing with a message that says what to
/// do: a directory, a file over the limit, a binary file (a NUL byte), bytes that are not UTF-8, an unreadable file.
/// Messages never quote the content, which may hold secrets.
/// </summary>
internal static class SmallTextFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True with the text; false with the reason. <paramref name="what"/> names the file expected (".env file").</summary>
    public static bool TryRead(string path, long maxBytes, string what, out string? text, out string? error)
    {
        text = null;
        error = null;
        try
        {
            if (Directory.Exists(path))
            {
                error = $"{path} is a directory, not a {what}: give the file's path";
                return false;
            }
            if (new FileInfo(path).Length > maxBytes)
            {
                error = $"{path} is larger than {maxBytes / 1024} KiB, too large for a {what}: check the path";
                return false;
            }
            var bytes = File.ReadAllBytes(path);
            if (bytes.AsSpan().Contains((byte)0))
            {
                error = $"{path} is a binary file, not a {what}: check the path";
                return false;
            }
            text = Strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            error = $"{path} is not UTF-8 text: save it as UTF-8";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read {path}: {e.Message}; check that it exists and is readable";
        }
        return false;
    }
}
