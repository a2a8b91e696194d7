using Shipcheck.Core.Git;

namespace Shipcheck.Core.Gates;

/// <summary>The commit a run deploys, for binding sign-offs: git HEAD of the checklist's folder.</summary>
internal static class RunCommit
{
    /// <summary>The HEAD commit, or null when the folder is not in a repository (or git is missing).</summary>
    public static async Task<string?> FindAsync(string folder, CancellationToken cancellationToken)
    {
        try
        {
            var (repository, _) = await GitRepository.OpenAsync(folder, cancellationToken);
            return repository is null ? null : await repository.HeadCommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is GitException or OperationCanceledException)
        {
            return null;
        }
    }
}
