namespace Shipcheck.Core.Engine;

/// <summary>Exit codes are part of Shipcheck's interface; they are written down once, here.</summary>
public static class VerdictExitCodes
{
    /// <summary>Exit code for usage errors and invalid checklists.</summary>
    public const int Invalid = 2;

    /// <summary>The exit code of a run that ended with <paramref name="verdict"/>.</summary>
    public static int For(Verdict verdict) => verdict switch
    {
        Verdict.Succeeded => 0,
        Verdict.Failed or Verdict.RolledBack => 1,
        Verdict.Invalid => Invalid,
        Verdict.Blocked => 3,
        Verdict.RollbackFailed => 4,
        _ => 130,
    };

    /// <summary>The snake_case name used in JSON, the store and reports (<c>rolled_back</c>).</summary>
    public static string Name(Verdict verdict) => Names.Of(verdict);
}
