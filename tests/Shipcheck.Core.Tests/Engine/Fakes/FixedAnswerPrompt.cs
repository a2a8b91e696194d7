using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Tests.Engine.Fakes;

/// <summary>A prompt that always gives the same answer (the scripted probes of these tests do not ask it).</summary>
internal sealed class FixedAnswerPrompt(ConfirmationAnswer answer) : IConfirmationPrompt
{
    public Task<ConfirmationAnswer> AskAsync(string question, CancellationToken cancellationToken) => Task.FromResult(answer);
}
