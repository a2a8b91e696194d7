namespace Shipcheck.Core.Releases.Steps;

/// <summary>Pushes the tag, and the branch when release committed to it, to the remote, all or nothing.</summary>
/// <param name="Remote">The remote's name.</param>
/// <param name="Tag">The tag.</param>
/// <param name="Branch">The branch.</param>
/// <param name="WithBranch">True when an earlier step commits, so the branch moves and goes along.</param>
public sealed record PushStep(string Remote, string Tag, string Branch, bool WithBranch) : IReleaseStep
{
    /// <inheritdoc/>
    public string Describe() => $"push {What} to {Remote}";

    private string What => WithBranch ? $"{Tag} and {Branch}" : Tag;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> RunAsync(ReleaseState state, CancellationToken cancellationToken)
    {
        string[] references = WithBranch ? ["refs/tags/" + Tag, "refs/heads/" + Branch] : ["refs/tags/" + Tag];
        await state.Repository.PushAsync(Remote, references, cancellationToken);
        return [$"pushed {What} to {Remote}"];
    }
}
