namespace Shipcheck.Core.Checks.Findings;

/// <summary>How one item of a preflight check came out: the seeds' PASS / WARN / FAIL lines.</summary>
public enum FindingStatus
{
    /// <summary>The item holds.</summary>
    Pass,

    /// <summary>Worth a look, not a reason to stop (a stale runbook); <c>--strict</c> turns it into a failure.</summary>
    Warn,

    /// <summary>The item does not hold (a missing tag, an untracked migration, a planted key).</summary>
    Fail,
}
