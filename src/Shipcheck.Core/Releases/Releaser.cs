using Shipcheck.Core.Git;
using Shipcheck.Core.Releases.Steps;

namespace Shipcheck.Core.Releases;

/// <summary>Makes a planned release: runs its steps in order, saying what each did, and stops at the first that fails.</summary>
public static class Releaser
{
    /// <summary>
    /// Runs <paramref name="plan"/>'s steps; every line of what was done goes to <paramref name="say"/> as it happens.
    /// Returns null when all is done and complete, else what went wrong and what to do.
    /// </summary>
    public static async Task<string?> RunAsync(ReleasePlan plan, TimeProvider time, Action<string> say, CancellationToken cancellationToken)
    {
        var state = new ReleaseState(plan.Repository, plan.Head, time);
        say(plan.Checked);
        plan.Notes.ToList().ForEach(say);
        foreach (var step in plan.Steps)
        {
            try
            {
                foreach (var line in await step.RunAsync(state, cancellationToken))
                {
                    say(line);
                }
            }
            catch (Exception e) when (e is GitException or IOException or UnauthorizedAccessException or OperationCanceledException)
            {
                var why = e is OperationCanceledException ? "it was interrupted" : e.Message;
                return $"could not {step.Describe()}: {why}; what is done above stays done: {Remedy(step, plan, state)}";
            }
        }
        return state.Problems.Count == 0 ? null : $"{plan.Tag} is made, but {string.Join("; ", state.Problems)}";
    }

    private static string Remedy(IReleaseStep step, ReleasePlan plan, ReleaseState state) => step switch
    {
        PushStep push => $"fix that, then git push {push.Remote} refs/tags/{plan.Tag}{(push.WithBranch ? $" refs/heads/{plan.Branch}" : "")}",
        ManifestStep => $"fix that, then write the manifest with an artifacts step (version {plan.Tag})",
        TagStep => $"fix that, then run shipcheck release {plan.Tag} again",
        _ => state.Committed ? "fix that, then run shipcheck release again" : "fix that (git status shows what changed), then run shipcheck release again",
    };
}
