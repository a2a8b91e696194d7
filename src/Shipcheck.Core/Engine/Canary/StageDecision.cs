using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Engine.Canary;

/// <summary>
/// The human decision an inconclusive analysis waits for: promote, or roll back. Only a person may promote: under
/// <c>--confirm-all</c> or without a terminal nobody is asked and the run rolls back, because no data is never a pass.
/// </summary>
internal static class StageDecision
{
    /// <summary>The stage's record status and message: warned when a person promoted, no_data when it rolls back.</summary>
    public static async Task<(StepStatus Status, string Message)> AskAsync(IConfirmationPrompt prompt, string stage, string why, CancellationToken stop)
    {
        if (!prompt.AsksAPerson)
        {
            return (StepStatus.NoData, $"{why}; not promoted: nobody to decide (--confirm-all or no terminal never promotes a canary stage), so the run rolls back");
        }
        ConfirmationAnswer answer;
        try
        {
            answer = await prompt.AskAsync($"canary stage {stage}: {why}. Promote it? (no rolls back)", stop);
        }
        catch (OperationCanceledException)
        {
            return (StepStatus.Error, StepMessages.Interrupted);
        }
        var comment = string.IsNullOrEmpty(answer.Comment) ? "" : $": {answer.Comment}";
        return answer.Confirmed
            ? (StepStatus.Warned, $"{why}; promoted by {answer.By}{comment}")
            : (StepStatus.NoData, $"{why}; rolled back by {answer.By}{comment}");
    }
}
