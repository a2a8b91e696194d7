namespace Shipcheck.Core.SecretScanning;

/// <summary>
/// A scan could not start: the path does not exist, the config or the baseline is invalid. The message names the file
/// (and line) and what to do, and never holds a scanned value. Every message is written here, once.
/// </summary>
public sealed class SecretScanException(string message) : Exception(message)
{
    /// <summary>The path to scan does not exist.</summary>
    public static SecretScanException NoSuchPath(string path) => new($"{path}: no such file or directory; give the folder or file to scan");

    /// <summary>A config problem at a line (0 when the line is unknown).</summary>
    public static SecretScanException Config(string file, int line, string problem) =>
        new(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}");

    /// <summary>A file the scan needs cannot be read.</summary>
    public static SecretScanException Unreadable(string file, string reason) =>
        new($"{file}: cannot read: {reason.TrimEnd('.')}; check the path and its permissions");

    /// <summary>The baseline is not a JSON report.</summary>
    public static SecretScanException BadBaseline(string file, string problem) =>
        new($"{file}: not a secrets scan JSON report ({problem}); give a report written by --format json");
}
