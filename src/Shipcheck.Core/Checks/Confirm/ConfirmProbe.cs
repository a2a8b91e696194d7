using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Confirm;

/// <summary>Asks the context's prompt a <c>confirm</c> step's question and reports the answer.</summary>
public sealed class ConfirmProbe(ConfirmOptions options) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var question = context.Render(options.Question);
        ConfirmationAnswer answer;
        try
        {
            answer = await context.Prompt.AskAsync(question, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return ProbeResult.Failed($"cancelled while waiting for an answer to '{question}' (timeout or interrupt)");
        }
        var observations = new Observations()
            .Set("confirmed", Value.Of(answer.Confirmed))
            .Set("by", Value.Of(answer.By))
            .Set("comment", Value.Of(answer.Comment ?? ""));
        return new ProbeResult(observations, Evidence(question, answer));
    }

    private static string Evidence(string question, ConfirmationAnswer answer)
    {
        var verdict = answer.Confirmed ? "confirmed" : "not confirmed";
        var comment = string.IsNullOrEmpty(answer.Comment) ? "" : $": {answer.Comment}";
        return $"{question}\n{verdict} by {answer.By}{comment}";
    }
}
