using Shipcheck.Core.Git;

namespace Shipcheck.Core.Releases.Steps;

/// <summary>What the steps of one release share as it goes: the commit to tag, and what is incomplete.</summary>
public sealed class ReleaseState(GitRepository repository, string commit, TimeProvider time)
{
    /// <summary>The repository.</summary>
    public GitRepository Repository { get; } = repository;

    /// <summary>The commit the tag names: HEAD, or the commit that added the checkpoint version file.</summary>
    public string Commit { get; set; } = commit;

    /// <summary>True once release made a commit of its own, which a push then takes along.</summary>
    public bool Committed { get; set; }

    /// <summary>The clock (the manifest's date).</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>What was done but is not complete (a manifest missing a file); the release then exits 1.</summary>
    public List<string> Problems { get; } = [];
}
