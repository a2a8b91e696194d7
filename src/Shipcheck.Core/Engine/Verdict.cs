namespace Shipcheck.Core.Engine;

/// <summary>How a run ended. Each verdict has a fixed exit code: see <see cref="VerdictExitCodes"/>.</summary>
public enum Verdict
{
    /// <summary>Still running, or the runner died without a word (shown as <see cref="Interrupted"/> once its process is gone).</summary>
    Running,
    /// <summary>Everything passed. Exit 0.</summary>
    Succeeded,
    /// <summary>
    /// A step failed and nothing was rolled back: a <c>pre</c> step failed (nothing was deployed), or the checklist
    /// declares no rollback and the verify checks passed again. Exit 1.
    /// </summary>
    Failed,
    /// <summary>Deploy, verify or stability failed; rollback ran and the rolled-back version verified. Exit 1.</summary>
    RolledBack,
    /// <summary>Rollback itself failed, or the rolled-back version did not verify. Exit 4.</summary>
    RollbackFailed,
    /// <summary>A gate said no (freeze window, lock, sign-off). Exit 3.</summary>
    Blocked,
    /// <summary>The checklist is wrong; nothing ran. Exit 2.</summary>
    Invalid,
    /// <summary>Cancelled by Ctrl-C or SIGTERM, or the runner was killed. Exit 130.</summary>
    Interrupted,
}
