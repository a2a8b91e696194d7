namespace Shipcheck.Core.Checks.Remote;

/// <summary>Quotes text for a POSIX shell so that it is one word the shell never interprets.</summary>
internal static class ShellQuoting
{
    /// <summary>
    /// <paramref name="text"/> in single quotes, each <c>'</c> written as <c>'\''</c>: inside single quotes nothing is
    /// special, not <c>$</c>, not a backtick, not a newline.
    /// </summary>
    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
