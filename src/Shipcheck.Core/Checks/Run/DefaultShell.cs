namespace Shipcheck.Core.Checks.Run;

/// <summary>The shell a <c>run</c> step uses when it names none.</summary>
public static class DefaultShell
{
    /// <summary><c>bash</c> where <c>/bin/bash</c> exists, <c>sh</c> elsewhere (minimal images).</summary>
    public static string Name { get; } = File.Exists("/bin/bash") ? "bash" : "sh";
}
