using System.Runtime.InteropServices;

namespace Shipcheck.Core.Checks.Run;

/// <summary>Signals a whole process group: the shell of a <c>run</c> step leads its own, so its children die with it.</summary>
internal static partial class ProcessGroup
{
    public const int SigTerm = 15;
    public const int SigKill = 9;

    /// <summary>Sends <paramref name="signal"/> to every process in group <paramref name="groupId"/>; false when the group is gone.</summary>
    public static bool Signal(int groupId, int signal) => kill(-groupId, signal) == 0;

    /// <summary>True while any process of the group is alive.</summary>
    public static bool Exists(int groupId) => kill(-groupId, 0) == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
