using System.Diagnostics;

namespace Shipcheck.Core.Gates;

/// <summary>
/// Who signs off or starts a freeze, until the server brings authenticated identities: <c>--as</c>, else git's
/// <c>user.name</c>, else the OS user. A name, not a proof: docs/gates.md says so.
/// </summary>
public static class Identity
{
    /// <summary><paramref name="given"/> when set, else git's user.name (in <paramref name="folder"/>), else the OS user.</summary>
    public static string Resolve(string? given, string folder)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given.Trim();
        }
        return GitUserName(folder) ?? Environment.UserName;
    }

    private static string? GitUserName(string folder)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("config");
            start.ArgumentList.Add("user.name");
            using var git = Process.Start(start);
            if (git is null)
            {
                return null;
            }
            var name = git.StandardOutput.ReadToEnd().Trim();
            // git config answers at once; a git that hangs is not worth holding a sign-off for.
            if (!git.WaitForExit(5000))
            {
                git.Kill();
                return null;
            }
            return git.ExitCode == 0 && name.Length > 0 ? name : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
