using Microsoft.Data.Sqlite;
using Shipcheck.Core.Gates;

namespace Shipcheck.Core.Store.Sqlite;

public sealed partial class SqliteRunStore : IGateStore
{
    /// <inheritdoc/>
    public async Task<long> StartFreezeAsync(AdHocFreeze freeze, CancellationToken cancellationToken = default)
    {
        long id = 0;
        await WriteAsync((connection, transaction) =>
        {
            using var insert = SqliteRows.Command(connection, transaction, """
                INSERT INTO freezes (reason, service, environment, started_by, started_at, until_at)
                VALUES ($reason, $service, $environment, $by, $at, $until) RETURNING id
                """);
            insert.Parameters.AddWithValue("$reason", freeze.Reason);
            insert.Parameters.AddWithValue("$service", SqliteRows.OrNull(freeze.Service));
            insert.Parameters.AddWithValue("$environment", SqliteRows.OrNull(freeze.Environment));
            insert.Parameters.AddWithValue("$by", freeze.StartedBy);
            insert.Parameters.AddWithValue("$at", SqliteRows.Time(freeze.StartedAt));
            insert.Parameters.AddWithValue("$until", freeze.Until is { } u ? SqliteRows.Time(u) : DBNull.Value);
            id = (long)insert.ExecuteScalar()!;
        });
        return id;
    }

    /// <inheritdoc/>
    public async Task<bool> EndFreezeAsync(long id, string endedBy, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var ended = false;
        await WriteAsync((connection, transaction) =>
        {
            using var update = SqliteRows.Command(connection, transaction,
                "UPDATE freezes SET ended_by = $by, ended_at = $at WHERE id = $id AND ended_at IS NULL");
            update.Parameters.AddWithValue("$id", id);
            update.Parameters.AddWithValue("$by", endedBy);
            update.Parameters.AddWithValue("$at", SqliteRows.Time(at));
            ended = update.ExecuteNonQuery() > 0;
        });
        return ended;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<AdHocFreeze>> ActiveFreezesAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        WithConnectionAsync<IReadOnlyList<AdHocFreeze>>(connection =>
        {
            using var query = SqliteRows.Command(connection, null,
                "SELECT id, reason, service, environment, started_by, started_at, until_at FROM freezes WHERE ended_at IS NULL ORDER BY id");
            using var reader = query.ExecuteReader();
            var freezes = new List<AdHocFreeze>();
            while (reader.Read())
            {
                var freeze = new AdHocFreeze
                {
                    Id = reader.GetInt64(0),
                    Reason = reader.GetString(1),
                    Service = reader.IsDBNull(2) ? null : reader.GetString(2),
                    Environment = reader.IsDBNull(3) ? null : reader.GetString(3),
                    StartedBy = reader.GetString(4),
                    StartedAt = SqliteRows.ParseTime(reader.GetString(5)),
                    Until = reader.IsDBNull(6) ? null : SqliteRows.ParseTime(reader.GetString(6)),
                };
                // Times are compared here, not in SQL: the stored text keeps each writer's offset, so it does not sort.
                if (freeze.Until is not { } until || now < until)
                {
                    freezes.Add(freeze);
                }
            }
            return freezes;
        }, cancellationToken);

    /// <inheritdoc/>
    public Task SetRunCommitAsync(string runId, string? commit, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, transaction) =>
        {
            using var upsert = SqliteRows.Command(connection, transaction, """
                INSERT INTO run_commits (run_id, commit_id) VALUES ($run, $commit)
                ON CONFLICT (run_id) DO UPDATE SET commit_id = excluded.commit_id
                """);
            upsert.Parameters.AddWithValue("$run", runId);
            upsert.Parameters.AddWithValue("$commit", SqliteRows.OrNull(commit));
            upsert.ExecuteNonQuery();
        });

    /// <inheritdoc/>
    public Task<string?> GetRunCommitAsync(string runId, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(connection =>
        {
            using var query = SqliteRows.Command(connection, null, "SELECT commit_id FROM run_commits WHERE run_id = $run");
            query.Parameters.AddWithValue("$run", runId);
            return query.ExecuteScalar() as string;
        }, cancellationToken);

    /// <inheritdoc/>
    public Task AddSignoffAsync(Signoff signoff, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, transaction) =>
        {
            using var insert = SqliteRows.Command(connection, transaction, """
                INSERT INTO signoffs (run_id, service, environment, version, commit_id, role, name, comment, at)
                VALUES ($run, $service, $environment, $version, $commit, $role, $name, $comment, $at)
                """);
            insert.Parameters.AddWithValue("$run", signoff.RunId);
            AddBinding(insert, signoff.Binding);
            insert.Parameters.AddWithValue("$role", signoff.Role);
            insert.Parameters.AddWithValue("$name", signoff.Name);
            insert.Parameters.AddWithValue("$comment", SqliteRows.OrNull(signoff.Comment));
            insert.Parameters.AddWithValue("$at", SqliteRows.Time(signoff.At));
            insert.ExecuteNonQuery();
        });

    /// <inheritdoc/>
    public Task<IReadOnlyList<Signoff>> SignoffsForAsync(SignoffBinding binding, CancellationToken cancellationToken = default) =>
        WithConnectionAsync<IReadOnlyList<Signoff>>(connection =>
        {
            using var query = SqliteRows.Command(connection, null, """
                SELECT run_id, role, name, comment, at FROM signoffs
                WHERE service = $service AND environment = $environment AND version = $version AND commit_id = $commit
                ORDER BY id
                """);
            AddBinding(query, binding);
            using var reader = query.ExecuteReader();
            var signoffs = new List<Signoff>();
            while (reader.Read())
            {
                signoffs.Add(new Signoff
                {
                    RunId = reader.GetString(0),
                    Binding = binding,
                    Role = reader.GetString(1),
                    Name = reader.GetString(2),
                    Comment = reader.IsDBNull(3) ? null : reader.GetString(3),
                    At = SqliteRows.ParseTime(reader.GetString(4)),
                });
            }
            return signoffs;
        }, cancellationToken);

    /// <inheritdoc/>
    public Task SetBreakGlassAsync(string runId, BreakGlass breakGlass, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, transaction) =>
        {
            using var insert = SqliteRows.Command(connection, transaction, """
                INSERT OR REPLACE INTO break_glass (run_id, freeze, reason, role, signed_by) VALUES ($run, $freeze, $reason, $role, $by)
                """);
            insert.Parameters.AddWithValue("$run", runId);
            insert.Parameters.AddWithValue("$freeze", breakGlass.Freeze);
            insert.Parameters.AddWithValue("$reason", breakGlass.Reason);
            insert.Parameters.AddWithValue("$role", breakGlass.Role);
            insert.Parameters.AddWithValue("$by", breakGlass.SignedBy);
            insert.ExecuteNonQuery();
        });

    // A missing environment, version or commit is stored as '' so that equality finds it (NULL = NULL is not true).
    private static void AddBinding(SqliteCommand command, SignoffBinding binding)
    {
        command.Parameters.AddWithValue("$service", binding.Service);
        command.Parameters.AddWithValue("$environment", binding.Environment ?? "");
        command.Parameters.AddWithValue("$version", binding.Version ?? "");
        command.Parameters.AddWithValue("$commit", binding.Commit ?? "");
    }
}
