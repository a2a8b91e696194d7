using Shipcheck.Core.Engine;

namespace Shipcheck.Cli;

/// <summary>The exit codes of commands other than <c>run</c> (whose codes come from the verdict).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = VerdictExitCodes.Invalid;
}
