using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Tests.Checks.Support;

/// <summary>A prompt that gives a fixed answer, or waits until cancelled when it has none; records what was asked.</summary>
internal sealed class AnsweringPrompt(ConfirmationAnswer? answer = null) : IConfirmationPrompt
{
    public List<string> Questions { get; } = [];

    public async Task<ConfirmationAnswer> AskAsync(string question, CancellationToken cancellationToken)
    {
        Questions.Add(question);
        if (answer is null)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        return answer!;
    }
}
