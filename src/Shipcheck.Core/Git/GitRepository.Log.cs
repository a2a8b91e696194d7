using System.Globalization;

namespace Shipcheck.Core.Git;

/// <summary>The history questions the <c>runbook</c> kind asks: when a file was last committed.</summary>
public sealed partial class GitRepository
{
    /// <summary>
    /// The committer date of the last commit that touched <paramref name="path"/> (absolute, or relative to the top of the
    /// tree), or null when no commit has it (untracked, or a repository without commits). In a shallow clone this may be
    /// the date of the oldest commit fetched rather than of the real change.
    /// </summary>
    public async Task<DateTimeOffset?> LastCommitDateAsync(string path, CancellationToken cancellationToken)
    {
        var result = await RunAsync(["log", "-1", "--format=%cI", "--", path], cancellationToken);
        var text = result.Succeeded ? result.Stdout.Trim() : "";
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
