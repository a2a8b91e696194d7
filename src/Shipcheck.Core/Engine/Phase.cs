namespace Shipcheck.Core.Engine;

/// <summary>The sections of a run, in the order they run.</summary>
public enum Phase
{
    /// <summary>Checks and captures before anything changes.</summary>
    Pre,
    /// <summary>The actions that change the world.</summary>
    Deploy,
    /// <summary>Independent checks of the new version.</summary>
    Verify,
    /// <summary>The verify checks again, repeatedly, over a window.</summary>
    Stability,
    /// <summary>Bookkeeping after the outcome is known: history, notifications. Runs once the outcome is known, except after an interrupt.</summary>
    Post,
    /// <summary>Puts the previous version back.</summary>
    Rollback,
    /// <summary>The verify checks once more, against the rolled-back version.</summary>
    RollbackVerify,
}
