using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Core.Tests.Checks.Migrations;

public sealed class MigrationsRepositoryTests : IDisposable
{
    private readonly TestRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    private void ReleasedChain()
    {
        _repository.WriteAlembic(("a1", []), ("b2", ["a1"]));
        _repository.Write("CHANGELOG.md", "# Changes\n");
        _repository.Commit("first release");
        _repository.Tag("v1.0.0");
    }

    [Fact]
    public async Task A_committed_single_head_alembic_folder_passes_and_observes_its_head()
    {
        ReleasedChain();

        var result = await _repository.Observe();

        Assert.Null(result.Error);
        Assert.Equal(0, result.Observations.Number("failures"));
        Assert.Equal(0, result.Observations.Number("warnings"));
        Assert.Equal("PASS alembic — Alembic: 2 migrations in db/versions", result.Line("alembic"));
        Assert.Equal("PASS committed — every migration file is committed (2 migrations)", result.Line("committed"));
        Assert.Equal("PASS alembic heads — one head: b2", result.Line("alembic heads"));
        Assert.Equal("PASS schema change documented — no migration changed since v1.0.0", result.Line("schema change documented"));
        Assert.Equal("alembic", result.Observations.Text("framework"));
        Assert.Equal("b2", result.Observations.Text("head"));
        Assert.Equal(["b2"], result.Texts("heads"));
        Assert.Empty(result.Texts("pending"));
    }

    [Fact]
    public async Task Untracked_and_modified_migrations_fail_each_by_name()
    {
        ReleasedChain();
        _repository.Write("db/versions/c3_step.py", MigrationSteps.Alembic("c3", "b2"));
        _repository.Write("db/versions/a1_step.py", MigrationSteps.Alembic("a1") + "# edited after the release\n");
        _repository.Write("db/versions/notes.txt", "not a migration\n");

        var result = await _repository.Observe();

        Assert.Equal(2, result.Observations.Number("failures"));
        Assert.Equal("FAIL db/versions/c3_step.py — untracked: commit it (git add db/versions/c3_step.py && git commit) (at db/versions/c3_step.py)",
            result.Line("db/versions/c3_step.py"));
        Assert.StartsWith("FAIL db/versions/a1_step.py — modified and not committed: commit it", result.Line("db/versions/a1_step.py"));
        Assert.Null(result.Line("db/versions/notes.txt"));
    }

    [Fact]
    public async Task A_migration_hidden_by_gitignore_fails_too()
    {
        ReleasedChain();
        _repository.Write(".gitignore", "db/versions/*_local.py\n");
        _repository.Commit("ignore local revisions");
        _repository.Write("db/versions/c3_local.py", MigrationSteps.Alembic("c3", "b2"));

        var result = await _repository.Observe();

        Assert.StartsWith("FAIL db/versions/c3_local.py — ignored by .gitignore and not committed: commit it (git add -f",
            result.Line("db/versions/c3_local.py"));
    }

    [Fact]
    public async Task Two_heads_fail_naming_both_and_the_merge_command()
    {
        _repository.WriteAlembic(("a1", []), ("b2", ["a1"]), ("c3", ["a1"]));
        _repository.Commit();

        var result = await _repository.Observe();

        Assert.Equal("FAIL alembic heads — 2 heads: b2, c3; join them with `alembic merge heads` and commit the merge revision", result.Line("alembic heads"));
        Assert.Equal(Value.Null, result.Observations["head"]);
        Assert.Equal(["b2", "c3"], result.Texts("heads"));
        Assert.Contains("alembic heads (2 heads: b2, c3", result.Summary);
    }

    [Fact]
    public async Task A_migration_added_since_the_tag_fails_until_the_changelog_changes()
    {
        ReleasedChain();
        _repository.Write("db/versions/c3_step.py", MigrationSteps.Alembic("c3", "b2"));
        _repository.Commit("add c3");

        var undocumented = await _repository.Observe();
        _repository.Write("CHANGELOG.md", "# Changes\n\n- users get an email column\n");
        _repository.Commit("document");
        var documented = await _repository.Observe();

        Assert.Equal("FAIL schema change documented — 1 migration file changed since v1.0.0 (db/versions/c3_step.py), but CHANGELOG.md did not change " +
            "and does not name c3_step; document the schema change in CHANGELOG.md (at CHANGELOG.md)", undocumented.Line("schema change documented"));
        Assert.Equal("PASS schema change documented — 1 migration file changed since v1.0.0 (db/versions/c3_step.py), and CHANGELOG.md changed too",
            documented.Line("schema change documented"));
    }

    [Fact]
    public async Task A_doc_that_already_names_the_revision_counts_and_since_and_doc_are_options()
    {
        _repository.WriteAlembic(("a1", []));
        _repository.Write("docs/SCHEMA.md", "Revision c3 adds the email column.\n");
        var first = _repository.Commit("first");
        _repository.Write("db/versions/c3_step.py", MigrationSteps.Alembic("c3", "a1"));
        _repository.Commit("add c3");

        var result = await _repository.Observe(("since", first), ("doc", "docs/SCHEMA.md"));

        Assert.Equal($"PASS schema change documented — 1 migration file changed since {first} (db/versions/c3_step.py), and docs/SCHEMA.md names every one",
            result.Line("schema change documented"));
    }

    [Fact]
    public async Task A_missing_doc_and_an_unknown_since_fail_with_what_to_do()
    {
        _repository.WriteAlembic(("a1", []));
        _repository.Commit("first");
        _repository.Tag("v1.0.0");
        _repository.Write("db/versions/b2_step.py", MigrationSteps.Alembic("b2", "a1"));
        _repository.Commit("add b2");

        var missingDoc = await _repository.Observe();
        var unknownSince = await _repository.Observe(("since", "v9.9.9"));

        Assert.Contains("but CHANGELOG.md does not exist; document the schema change there, or set doc", missingDoc.Line("schema change documented"));
        Assert.Equal("FAIL schema change documented — since 'v9.9.9' is not a tag or commit in this repository; check it against git tag --list",
            unknownSince.Line("schema change documented"));
    }

    [Fact]
    public async Task No_tag_is_a_warning_and_a_detached_head_is_fine()
    {
        _repository.WriteAlembic(("a1", []));
        var first = _repository.Commit("first");
        _repository.Commit("second");
        _repository.Git("checkout", "--quiet", "--detach", first);

        var result = await _repository.Observe();

        Assert.Null(result.Error);
        Assert.Equal(0, result.Observations.Number("failures"));
        Assert.StartsWith("WARN schema change documented — no tag to compare with", result.Line("schema change documented"));
    }

    [Fact]
    public async Task A_shallow_clone_is_a_warning()
    {
        ReleasedChain();
        _repository.Commit("after the release");
        using var clone = new TestRepository(init: false);
        clone.Git("clone", "--quiet", "--depth", "1", "file://" + _repository.Path, ".");

        var result = await clone.Observe();

        Assert.Null(result.Error);
        Assert.StartsWith("WARN shallow clone — this is a shallow clone", result.Line("shallow clone"));
    }

    [Fact]
    public async Task Outside_a_repository_the_step_cannot_look()
    {
        using var folder = new TempFolder();

        var result = await Probes.Observe(new Core.Checks.Migrations.MigrationsKind(), TestOptions.Of(), Probes.Context(folder.Path));

        Assert.Equal($"{folder.Path} is not a git repository (or inside one): run the check from the repository, or give its path", result.Error);
    }

    [Fact]
    public async Task A_path_that_is_not_a_folder_is_an_error()
    {
        var result = await _repository.Observe(("path", "no/such/folder"));

        Assert.Equal($"{_repository.Path}/no/such/folder is not a folder; check the path option (relative to the checklist's folder)", result.Error);
    }

    [Fact]
    public async Task A_revision_header_past_the_first_64_KiB_is_not_read()
    {
        _repository.WriteAlembic(("a1", []));
        _repository.Write("db/versions/late_step.py", "# " + new string('x', 70 * 1024) + "\nrevision = 'late'\ndown_revision = 'a1'\n");
        _repository.Commit();

        var result = await _repository.Observe();

        Assert.StartsWith("FAIL db/versions/late_step.py — no `revision = '…'` at module level in its first 64 KiB", result.Line("db/versions/late_step.py"));
        Assert.Equal("a1", result.Observations.Text("head"));
    }

    [Fact]
    public async Task A_link_back_to_an_ancestor_does_not_make_the_search_go_round()
    {
        _repository.WriteAlembic(("a1", []));
        _repository.Commit();
        Directory.CreateSymbolicLink(Path.Combine(_repository.Path, "db", "loop"), _repository.Path);

        var result = await _repository.Observe();

        Assert.Equal("PASS alembic — Alembic: 1 migration in db/versions", result.Line("alembic"));
        Assert.Single(result.Output!.Split('\n'), l => l.StartsWith("PASS alembic —", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_migration_folder_is_a_warning_and_a_missing_forced_framework_a_failure()
    {
        _repository.Write("README.md", "no database here\n");
        _repository.Commit();

        var none = await _repository.Observe();
        var forced = await _repository.Observe(("framework", "flyway"));

        Assert.StartsWith("WARN migration folders — no migration folder under the repository", none.Line("migration folders"));
        Assert.Equal("", none.Observations.Text("framework"));
        Assert.StartsWith("FAIL migration folders — no Flyway migrations under the repository", forced.Line("migration folders"));
    }
}
