using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Git;

namespace Shipcheck.Core.Artifacts;

/// <summary>The commit, branch and tag a manifest records, and a finding for each one git could or could not tell.</summary>
internal static class ArtifactGit
{
    public static async Task<(ManifestGit Git, IReadOnlyList<Finding> Findings)> DescribeAsync(string root, string version, CancellationToken cancellationToken)
    {
        var (repository, error) = await GitRepository.OpenAsync(root, cancellationToken);
        if (repository is null)
        {
            return (ManifestGit.None, [Finding.Warn("git", $"{error}; the manifest records no commit")]);
        }
        try
        {
            var commit = await repository.HeadCommitAsync(cancellationToken);
            if (commit is null)
            {
                return (ManifestGit.None, [Finding.Warn("git", $"{repository.Root} has no commit yet; the manifest records none: commit first")]);
            }
            var branch = await repository.BranchAsync(cancellationToken);
            var tags = await repository.TagsAtAsync(commit, cancellationToken);
            // The version's own tag when HEAD carries it; else the one tag there, so the manifest never guesses among many.
            var tag = tags.Contains(version, StringComparer.Ordinal) ? version : tags.Count == 1 ? tags[0] : null;
            var findings = new List<Finding>
            {
                Finding.Pass("commit", $"{commit[..Math.Min(12, commit.Length)]}{(branch is null ? " (detached HEAD)" : $" on {branch}")}"),
                tag is null
                    ? Finding.Warn("tag", tags.Count == 0
                        ? $"HEAD has no tag; the manifest records none: tag the release ({version}) first"
                        : $"HEAD has {tags.Count} tags and none is {version}: {string.Join(", ", tags)}; the manifest records none")
                    : Finding.Pass("tag", $"{tag} points at HEAD"),
            };
            return (new ManifestGit(commit, branch, tag), findings);
        }
        catch (GitException e)
        {
            return (ManifestGit.None, [Finding.Warn("git", $"{e.Message}; the manifest records no commit")]);
        }
    }
}
