using Shipcheck.Core.Git;

namespace Shipcheck.Core.Releases;

/// <summary>The repository's side of a release: the branch, a clean tree, a new tag, an identity, a remote.</summary>
internal static class ReleaseChecks
{
    public sealed record Passed(string Head, string Branch, IReadOnlyList<string> Notes);

    public static async Task<(Passed? State, ReleaseRefusal? Refusal)> RepositoryAsync(
        GitRepository repository, ReleaseRequest request, string tag, CancellationToken cancellationToken)
    {
        var head = await repository.HeadCommitAsync(cancellationToken);
        if (head is null)
        {
            return (null, ReleaseRefusal.NoCommit(repository.Root));
        }
        IReadOnlyList<string> branches = request.Branch is null ? ReleaseRequest.DefaultBranches : [request.Branch];
        var branch = await repository.BranchAsync(cancellationToken);
        if (branch is null)
        {
            return (null, ReleaseRefusal.Detached(head, branches));
        }
        if (!branches.Contains(branch, StringComparer.Ordinal))
        {
            return (null, ReleaseRefusal.WrongBranch(branch, branches));
        }
        var uncommitted = await repository.UncommittedAsync(cancellationToken);
        if (uncommitted.Count > 0)
        {
            return (null, ReleaseRefusal.Uncommitted(uncommitted));
        }
        if (await repository.TagAsync(tag, cancellationToken) is { } existing)
        {
            return (null, ReleaseRefusal.TagExists(existing, head));
        }
        if (await repository.IdentityProblemAsync(cancellationToken) is { } identity)
        {
            return (null, ReleaseRefusal.NoIdentity(identity));
        }
        if (request.Push && await RemoteAsync(repository, request.Remote, tag, cancellationToken) is { } remote)
        {
            return (null, remote);
        }
        IReadOnlyList<string> notes = await repository.IsShallowAsync(cancellationToken)
            ? ["note: this is a shallow clone, so an existing tag may be missing here; the remote is asked when pushing"]
            : [];
        return (new Passed(head, branch, notes), null);
    }

    private static async Task<ReleaseRefusal?> RemoteAsync(GitRepository repository, string remote, string tag, CancellationToken cancellationToken)
    {
        if (await repository.RemoteUrlAsync(remote, cancellationToken) is null)
        {
            return ReleaseRefusal.NoRemote(remote);
        }
        try
        {
            return await repository.RemoteTagAsync(remote, tag, cancellationToken) is { } commit
                ? ReleaseRefusal.RemoteTagExists(remote, tag, commit)
                : null;
        }
        catch (GitException e)
        {
            return ReleaseRefusal.RemoteUnreadable(remote, e.Message);
        }
    }
}
