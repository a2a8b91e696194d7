using Shipcheck.Core.Checks.ReleaseTag;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Releases;

/// <summary>Releases made in real repositories: the tag, the checkpoint version file, the manifest, the push, a dry run.</summary>
public sealed class ReleaserTests : IDisposable
{
    private readonly ReleaseRepository _release = new();

    public void Dispose() => _release.Dispose();

    private string Git(params string[] arguments) => _release.Repo.Git(arguments);

    [Fact]
    public async Task Tags_head_with_an_annotated_tag_and_writes_the_manifest()
    {
        var lines = await _release.ReleaseAsync(_release.Request("1.2.3"));

        Assert.Equal("tag", Git("cat-file", "-t", "v1.2.3"));
        Assert.Equal(_release.Head, Git("rev-parse", "v1.2.3^{commit}"));
        Assert.Equal("Release v1.2.3", Git("tag", "--list", "--format=%(contents:subject)", "v1.2.3"));
        Assert.True(File.Exists(Path.Combine(_release.Path, "releases", "manifest_v1.2.3.json")));
        Assert.True(File.Exists(Path.Combine(_release.Path, "releases", "manifest_v1.2.3.sha256")));
        Assert.Equal($"checked: on main at {_release.Head[..12]}, the tree is clean, v1.2.3 is a new tag", lines[0]);
        Assert.Equal($"tagged v1.2.3 at {_release.Head[..12]} (annotated, message \"Release v1.2.3\")", lines[1]);
        Assert.StartsWith("wrote releases/manifest_v1.2.3.json and releases/manifest_v1.2.3.sha256 (0 files hashed; not committed)", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commits_the_checkpoint_version_file_before_tagging_so_the_tag_holds_it()
    {
        _release.Repo.Write("checkpoints/model_epoch_100.pt", "weights");
        _release.Repo.Write("checkpoints/VERSION", "v1.2.2\n");
        _release.Repo.Commit("checkpoints");

        var lines = await _release.ReleaseAsync(_release.Request("v1.2.3"));

        var tagged = Git("rev-parse", "v1.2.3^{commit}");
        Assert.Equal(Git("rev-parse", "HEAD"), tagged);
        Assert.Equal("v1.2.3", Git("show", "v1.2.3:checkpoints/VERSION"));
        Assert.Equal("Release v1.2.3: checkpoint version file", Git("log", "-1", "--format=%s"));
        Assert.Equal("", Git("status", "--porcelain", "--", "checkpoints"));
        Assert.Contains("wrote checkpoints/VERSION (v1.2.3)", lines);
        Assert.Contains($"committed checkpoints/VERSION as {tagged[..12]} (\"Release v1.2.3: checkpoint version file\")", lines);
        Assert.Contains("(1 file hashed; not committed)", lines.Single(l => l.StartsWith("wrote releases/", StringComparison.Ordinal)), StringComparison.Ordinal);

        // What release made is what the release_tag kind checks.
        var check = await Probes.Observe(new ReleaseTagKind(), TestOptions.Of(("version", "v1.2.3")), Probes.Context(_release.Path));
        Assert.Equal(0, check.Observations.Number("failures"));
        Assert.Contains("PASS checkpoints — checkpoints/VERSION names v1.2.3", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_an_ignored_version_file_without_committing_it()
    {
        _release.Repo.Write(".gitignore", "models/\n");
        _release.Repo.Write("models/classifier.onnx", "weights");
        var head = _release.Repo.Commit("ignore models");

        var lines = await _release.ReleaseAsync(_release.Request("v2.0.0"));

        Assert.Equal(head, Git("rev-parse", "v2.0.0^{commit}"));
        Assert.Equal("v2.0.0\n", await File.ReadAllTextAsync(Path.Combine(_release.Path, "models", "VERSION"), ReleaseRepository.Token));
        Assert.Contains("wrote models/VERSION (v2.0.0); git ignores it, so it is not committed", lines);
    }

    [Fact]
    public async Task Uses_the_notes_file_as_the_message_and_keeps_markdown_headings()
    {
        using var folder = new TempFolder();
        var notes = folder.File("NOTES.md");
        await File.WriteAllTextAsync(notes, "# v1.3.0\n\n- faster ticks\n", ReleaseRepository.Token);

        var lines = await _release.ReleaseAsync(_release.Request("v1.3.0") with { NotesFile = notes });

        Assert.Equal("# v1.3.0\n\n- faster ticks", Git("tag", "--list", "--format=%(contents)", "v1.3.0"));
        Assert.Contains($"tagged v1.3.0 at {_release.Head[..12]} (annotated, message from {notes})", lines);
    }

    [Fact]
    public async Task Pushes_the_tag_and_the_release_commit_to_the_remote()
    {
        using var remote = new Git.TestRepository(init: false);
        remote.Git("init", "--quiet", "--bare");
        Git("remote", "add", "origin", remote.Path);
        _release.Repo.Write("checkpoints/VERSION", "");
        _release.Repo.Commit("checkpoints");

        var lines = await _release.ReleaseAsync(_release.Request("v1.0.0") with { Push = true });

        Assert.Equal(Git("rev-parse", "v1.0.0"), remote.Git("rev-parse", "refs/tags/v1.0.0"));
        Assert.Equal(Git("rev-parse", "HEAD"), remote.Git("rev-parse", "refs/heads/main"));
        Assert.Equal("pushed v1.0.0 and main to origin", lines[^1]);
    }

    [Fact]
    public async Task A_dry_run_says_what_it_would_do_and_changes_nothing()
    {
        _release.Repo.Write("checkpoints/model.pt", "weights");
        var head = _release.Repo.Commit("weights");
        var before = Snapshot();

        var plan = await _release.PlanAsync(_release.Request("v1.0.0") with { Push = false });
        var lines = plan.Describe();

        Assert.Equal(before, Snapshot());
        Assert.Equal(
        [
            $"checked: on main at {head[..12]}, the tree is clean, v1.0.0 is a new tag",
            "would write checkpoints/VERSION (v1.0.0) and commit it (\"Release v1.0.0: checkpoint version file\"), so the tag includes it",
            "would tag v1.0.0 at that commit (annotated, message \"Release v1.0.0\")",
            "would write releases/manifest_v1.0.0.json and releases/manifest_v1.0.0.sha256 (model weights hashed; not committed)",
            "dry run: nothing was changed",
        ], lines);
    }

    [Fact]
    public async Task A_second_release_of_the_same_version_is_refused()
    {
        await _release.ReleaseAsync(_release.Request("v1.0.0"));
        Git("add", "releases");
        Git("commit", "--quiet", "-m", "manifest");

        var refusal = await _release.RefusedAsync(_release.Request("v1.0.0"));

        Assert.StartsWith($"tag v1.0.0 already exists at {_release.Head[..12]}, not at HEAD", refusal.Message, StringComparison.Ordinal);
    }

    // HEAD, every ref, and the status: what a dry run must leave as it found it.
    private string Snapshot() =>
        string.Join('\n', Git("rev-parse", "HEAD"), Git("for-each-ref"), Git("status", "--porcelain", "--untracked-files=all"));
}
