namespace Shipcheck.Core.Checks.Logs;

/// <summary>One line of a log file.</summary>
/// <param name="File">The file's path as shown in evidence.</param>
/// <param name="Number">The 1-based line number in that file.</param>
/// <param name="Text">The line without its line ending.</param>
internal sealed record LogLine(string File, long Number, string Text);
