using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Tests.Engine.Canary;

/// <summary>
/// A person at a terminal (bob) who gives the same answer to every question, with <paramref name="comment"/> or a
/// comment of its own, and keeps the questions asked.
/// </summary>
internal sealed class PersonPrompt(bool promote, string? comment = null) : IConfirmationPrompt
{
    private readonly List<string> _questions = [];

    public bool AsksAPerson => true;

    public IReadOnlyList<string> Questions
    {
        get
        {
            lock (_questions)
            {
                return [.. _questions];
            }
        }
    }

    public Task<ConfirmationAnswer> AskAsync(string question, CancellationToken cancellationToken)
    {
        lock (_questions)
        {
            _questions.Add(question);
        }
        return Task.FromResult(new ConfirmationAnswer(promote, "bob", comment ?? (promote ? "dashboards look fine" : "not without data")));
    }
}
