using Shipcheck.Core.Checks;

namespace Shipcheck.Cli.Prompts;

/// <summary>Asks the person at the terminal: y/n, then an optional comment. One question at a time.</summary>
internal sealed class TerminalPrompt(TextWriter output, TextReader input, string user) : IConfirmationPrompt
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public bool AsksAPerson => true;

    public async Task<ConfirmationAnswer> AskAsync(string question, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                await output.WriteAsync($"  ? {question} [y/n] ");
                var answer = (await input.ReadLineAsync(cancellationToken))?.Trim().ToLowerInvariant();
                if (answer is null)
                {
                    return new ConfirmationAnswer(false, user, "not confirmed: the terminal closed");
                }
                if (answer is "y" or "yes" or "n" or "no")
                {
                    await output.WriteAsync("    comment (optional): ");
                    var comment = (await input.ReadLineAsync(cancellationToken))?.Trim();
                    return new ConfirmationAnswer(answer.StartsWith('y'), user, string.IsNullOrEmpty(comment) ? null : comment);
                }
                await output.WriteLineAsync("    answer y or n");
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
    }
}
