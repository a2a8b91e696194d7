using Shipcheck.Core.Releases;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Releases;

/// <summary>What release refuses before it changes anything, each time with what to do.</summary>
public sealed class ReleasePlannerTests : IDisposable
{
    private readonly ReleaseRepository _release = new();

    public void Dispose() => _release.Dispose();

    [Fact]
    public async Task Refuses_a_version_that_is_not_semantic_as_a_usage_error()
    {
        var refusal = await _release.RefusedAsync(_release.Request("v1.2"));

        Assert.True(refusal.IsUsage);
        Assert.Equal("v1.2: needs three numbers, MAJOR.MINOR.PATCH (like v1.2.0)", refusal.Message);
    }

    [Fact]
    public async Task Refuses_a_notes_file_that_is_missing_or_empty()
    {
        var missing = await _release.RefusedAsync(_release.Request() with { NotesFile = "/nonexistent/NOTES.md" });
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("empty.md"), " \n", ReleaseRepository.Token);
        var empty = await _release.RefusedAsync(_release.Request() with { NotesFile = folder.File("empty.md") });

        Assert.True(missing.IsUsage);
        Assert.Equal("--notes /nonexistent/NOTES.md does not exist; give a text file with the release notes, or leave --notes out", missing.Message);
        Assert.EndsWith("is empty; give a text file with the release notes, or leave --notes out", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_folder_outside_any_repository()
    {
        using var folder = new TempFolder();

        var refusal = await _release.RefusedAsync(new ReleaseRequest("v1.0.0", folder.Path));

        Assert.False(refusal.IsUsage);
        Assert.Equal($"{folder.Path} is not a git repository (or inside one): run the check from the repository, or give its path", refusal.Message);
    }

    [Fact]
    public async Task Refuses_a_dirty_tree_and_names_up_to_ten_files()
    {
        _release.Repo.Write("app.py", "print('changed')\n");
        for (var i = 0; i < 11; i++)
        {
            _release.Repo.Write($"new/file{i:00}.txt", "x");
        }

        var refusal = await _release.RefusedAsync(_release.Request());

        Assert.StartsWith("the working tree has uncommitted changes (M app.py, ?? new/file00.txt, ?? new/file01.txt,", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("?? new/file08.txt and 2 more): commit or stash them (git stash --include-untracked), then release", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("file09", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staged_rename_is_named_as_its_deletion_and_its_addition()
    {
        _release.Repo.Git("mv", "app.py", "main.py");

        var refusal = await _release.RefusedAsync(_release.Request());

        Assert.Contains("D  app.py", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("A  main.py", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_tag_that_exists_and_names_its_commit()
    {
        _release.Repo.Tag("v1.2.3");
        _release.Repo.Write("app.py", "print('two')\n");
        var head = _release.Repo.Commit("two");

        var refusal = await _release.RefusedAsync(_release.Request("1.2.3"));

        Assert.Equal($"tag v1.2.3 already exists at {_release.Head[..12]}, not at HEAD ({head[..12]}): pick the next version, or delete the tag (git tag --delete v1.2.3) if it was a mistake", refusal.Message);
    }

    [Fact]
    public async Task Refuses_the_wrong_branch_unless_it_is_the_configured_one()
    {
        _release.Repo.Git("switch", "--quiet", "--create", "feature");

        var refusal = await _release.RefusedAsync(_release.Request());
        var plan = await _release.PlanAsync(_release.Request() with { Branch = "feature" });

        Assert.Equal("on branch feature, but releases are made from main or master: git switch main, or pass --branch feature to release from here", refusal.Message);
        Assert.Equal("feature", plan.Branch);
    }

    [Fact]
    public async Task Refuses_a_detached_head()
    {
        _release.Repo.Git("checkout", "--quiet", "--detach");

        var refusal = await _release.RefusedAsync(_release.Request());

        Assert.Equal($"HEAD is detached at {_release.Head[..12]}: releases are made from a branch; git switch main (or pass --branch NAME), then release", refusal.Message);
    }

    [Fact]
    public async Task Refuses_a_repository_with_no_commit()
    {
        using var empty = new Git.TestRepository();

        var refusal = await _release.RefusedAsync(new ReleaseRequest("v1.0.0", empty.Path));

        Assert.Equal($"{Path.GetFullPath(empty.Path)} has no commit yet: commit the release first, then tag it", refusal.Message);
    }

    [Fact]
    public async Task Refuses_to_push_to_a_remote_that_does_not_exist_or_already_has_the_tag()
    {
        var missing = await _release.RefusedAsync(_release.Request() with { Push = true });
        using var remote = new Git.TestRepository(init: false);
        remote.Git("init", "--quiet", "--bare");
        _release.Repo.Git("remote", "add", "origin", remote.Path);
        _release.Repo.Tag("v1.2.3");
        _release.Repo.Git("push", "--quiet", "origin", "refs/tags/v1.2.3");
        _release.Repo.Git("tag", "--delete", "v1.2.3");

        var taken = await _release.RefusedAsync(_release.Request() with { Push = true });

        Assert.Equal("there is no remote 'origin' to push to: git remote add origin URL, pass --remote NAME, or leave --push out", missing.Message);
        Assert.StartsWith("remote 'origin' already has tag v1.2.3 (at ", taken.Message, StringComparison.Ordinal);
    }
}
