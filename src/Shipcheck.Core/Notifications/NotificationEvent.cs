namespace Shipcheck.Core.Notifications;

/// <summary>What a notification announces. Checklists name them in snake_case (<c>rolled_back</c>).</summary>
public enum NotificationEvent
{
    /// <summary>The run was recorded and is about to run its first step.</summary>
    Started,
    /// <summary>A canary stage passed its analysis and traffic moved on (<see cref="Engine.StagePromoted"/>).</summary>
    StagePromoted,
    /// <summary>The run waits for sign-offs (<see cref="Engine.WaitingForSignoff"/>).</summary>
    WaitingForSignoff,
    /// <summary>A gate said no: the run ended as blocked.</summary>
    Blocked,
    /// <summary>The run ended as failed, rollback failed, or interrupted.</summary>
    Failed,
    /// <summary>The run rolled back and the rolled-back version verified.</summary>
    RolledBack,
    /// <summary>The run succeeded.</summary>
    Succeeded,
}
