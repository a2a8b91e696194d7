using Microsoft.Data.Sqlite;
using Shipcheck.Core.Store;
using Shipcheck.Core.Store.Sqlite;

namespace Shipcheck.Core.Tests.Store.Sqlite;

/// <summary>What only the SQLite backend promises: the file, its folders, its journal mode and its schema version.</summary>
public sealed class SqliteRunStoreFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Creates_the_file_and_its_missing_folders()
    {
        var path = Path.Combine(_folder.Path, "a", "b", "shipcheck.db");

        await using (var store = await SqliteRunStore.OpenAsync(path, Ct))
        {
            Assert.Equal(path, store.FilePath);
        }

        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task A_store_folder_it_makes_inside_a_git_repository_leaves_the_tree_clean()
    {
        using var repository = new Git.TestRepository();
        repository.Write("README.md", "service\n");
        repository.Commit();

        await using (await SqliteRunStore.OpenAsync(Path.Combine(repository.Path, ".shipcheck", "shipcheck.db"), Ct))
        {
        }

        Assert.Equal("", repository.Git("status", "--porcelain", "--untracked-files=all"));
    }

    [Fact]
    public async Task A_folder_that_already_exists_is_left_as_it_is()
    {
        await using (await SqliteRunStore.OpenAsync(Path.Combine(_folder.Path, "shipcheck.db"), Ct))
        {
        }

        Assert.False(File.Exists(Path.Combine(_folder.Path, ".gitignore")));
    }

    [Fact]
    public async Task Leaves_the_database_in_write_ahead_log_mode_at_the_current_schema_version()
    {
        var path = Path.Combine(_folder.Path, "shipcheck.db");
        await using (await SqliteRunStore.OpenAsync(path, Ct))
        {
        }

        Assert.Equal("wal", Scalar(path, "PRAGMA journal_mode"));
        Assert.Equal((long)SqliteSchema.CurrentVersion, Scalar(path, "SELECT MAX(version) FROM schema_version"));
    }

    [Fact]
    public async Task Keeps_the_markdown_source_of_a_run_and_none_for_a_yaml_run()
    {
        var path = Path.Combine(_folder.Path, "shipcheck.db");
        var start = new DateTimeOffset(2026, 11, 22, 3, 15, 0, TimeSpan.Zero);
        RunRecord Run(string id, string? source) => new()
        {
            Id = id,
            Service = "demo",
            ChecklistPath = "/srv/CHECKLIST.md",
            User = "alice",
            Host = "h",
            StartedAt = start,
            MarkdownSource = source,
        };
        await using (var store = await SqliteRunStore.OpenAsync(path, Ct))
        {
            await store.BeginRunAsync(Run("20261122T031500Z-aaaa", "# Deploy\n\n- [ ] one\n"), Ct);
            await store.BeginRunAsync(Run("20261122T031500Z-bbbb", null), Ct);
        }

        await using var reopened = await SqliteRunStore.OpenAsync(path, Ct);
        Assert.Equal("# Deploy\n\n- [ ] one\n", (await reopened.GetRunAsync("20261122T031500Z-aaaa", Ct))!.MarkdownSource);
        Assert.Null((await reopened.GetRunAsync("20261122T031500Z-bbbb", Ct))!.MarkdownSource);
    }

    [Fact]
    public async Task Refuses_a_store_written_by_a_newer_shipcheck()
    {
        var path = Path.Combine(_folder.Path, "shipcheck.db");
        await using (await SqliteRunStore.OpenAsync(path, Ct))
        {
        }
        Scalar(path, "UPDATE schema_version SET version = 99");

        var error = await Assert.ThrowsAsync<RunStoreException>(() => SqliteRunStore.OpenAsync(path, Ct));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_calls_after_dispose()
    {
        var store = await SqliteRunStore.OpenAsync(Path.Combine(_folder.Path, "shipcheck.db"), Ct);
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.ListRunsAsync(null, 10, Ct));
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
