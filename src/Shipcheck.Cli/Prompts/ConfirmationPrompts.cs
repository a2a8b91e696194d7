using Shipcheck.Core.Checks;

namespace Shipcheck.Cli.Prompts;

/// <summary>Chooses how manual items are answered: --confirm-all, a person at the terminal, or nobody (they fail).</summary>
internal static class ConfirmationPrompts
{
    public static IConfirmationPrompt For(CliConsole console, string? confirmAllReason) =>
        confirmAllReason is not null ? new ConfirmAllPrompt(confirmAllReason)
        : console.IsInteractive ? new TerminalPrompt(console.Error, Console.In, Environment.UserName)
        : new NobodyPrompt();
}

/// <summary><c>--confirm-all "reason"</c>: every item is confirmed, and the reason is recorded with it.</summary>
internal sealed class ConfirmAllPrompt(string reason) : IConfirmationPrompt
{
    public Task<ConfirmationAnswer> AskAsync(string question, CancellationToken cancellationToken) =>
        Task.FromResult(new ConfirmationAnswer(true, $"--confirm-all ({Environment.UserName})", reason));
}

/// <summary>No terminal and no --confirm-all: a manual item cannot be confirmed, so it fails and says why.</summary>
internal sealed class NobodyPrompt : IConfirmationPrompt
{
    public Task<ConfirmationAnswer> AskAsync(string question, CancellationToken cancellationToken) =>
        Task.FromResult(new ConfirmationAnswer(false, "nobody",
            "not confirmed: no terminal to ask at; pass --confirm-all \"reason\" to confirm manual items in a non-interactive run"));
}
