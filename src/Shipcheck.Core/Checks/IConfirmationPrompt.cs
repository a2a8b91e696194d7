namespace Shipcheck.Core.Checks;

/// <summary>Asks a person to confirm a manual item. The CLI supplies a console prompt or an automatic answer.</summary>
public interface IConfirmationPrompt
{
    /// <summary>Asks <paramref name="question"/> and returns who answered what.</summary>
    Task<ConfirmationAnswer> AskAsync(string question, CancellationToken cancellationToken);

    /// <summary>
    /// True when a person answers (a terminal), false for an automatic answer (<c>--confirm-all</c>, nobody). A canary
    /// stage whose analysis was inconclusive is promoted only by a person.
    /// </summary>
    bool AsksAPerson => false;
}

/// <summary>A person's (or <c>--confirm-all</c>'s) answer to a manual item.</summary>
/// <param name="Confirmed">True when the item was confirmed.</param>
/// <param name="By">Who answered: the user name, or <c>--confirm-all</c>.</param>
/// <param name="Comment">An optional comment, or the <c>--confirm-all</c> reason.</param>
public sealed record ConfirmationAnswer(bool Confirmed, string By, string? Comment);
