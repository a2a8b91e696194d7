using Microsoft.Data.Sqlite;

namespace Shipcheck.Core.Store.Sqlite;

public sealed partial class SqliteRunStore
{
    /// <inheritdoc/>
    /// <exception cref="AmbiguousRunIdException">The prefix matches more than one run.</exception>
    public Task<RunRecord?> GetRunAsync(string idOrPrefix, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(connection =>
        {
            var wanted = idOrPrefix.Trim();
            if (wanted.Length == 0)
            {
                return null;
            }
            var id = FindId(connection, wanted);
            if (id is null)
            {
                return null;
            }
            var run = LoadRun(connection, id)!;
            run = run with
            {
                Variables = LoadNamed(connection, "variables", id),
                Captures = LoadNamed(connection, "captures", id),
                Steps = LoadSteps(connection, id),
                MarkdownSource = LoadMarkdownSource(connection, id),
                Notifications = LoadNotifications(connection, id),
            };
            return MarkInterruptedIfGone(connection, run, () => run.Steps.Select(s => (s.StartedAt, s.Duration)));
        }, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? service, int limit, CancellationToken cancellationToken = default) =>
        WithConnectionAsync<IReadOnlyList<RunRecord>>(connection =>
        {
            var runs = new List<RunRecord>();
            using (var select = SqliteRows.Command(connection, null, $"""
                SELECT {SqliteRows.RunColumns} FROM runs
                WHERE $service IS NULL OR service = $service
                ORDER BY started_unix_ms DESC, id DESC
                LIMIT $limit
                """))
            {
                select.Parameters.AddWithValue("$service", SqliteRows.OrNull(service));
                // SQLite reads a negative LIMIT as "no limit".
                select.Parameters.AddWithValue("$limit", limit > 0 ? limit : -1);
                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    runs.Add(SqliteRows.ReadRun(reader));
                }
            }
            return [.. runs.Select(run =>
            {
                var full = run with
                {
                    Variables = LoadNamed(connection, "variables", run.Id),
                    Captures = LoadNamed(connection, "captures", run.Id),
                };
                return MarkInterruptedIfGone(connection, full, () => LoadStepTimes(connection, run.Id));
            })];
        }, cancellationToken);

    private static string? FindId(SqliteConnection connection, string wanted)
    {
        using var select = SqliteRows.Command(connection, null, """
            SELECT id FROM runs WHERE id = $wanted
            UNION ALL
            SELECT id FROM (SELECT id FROM runs WHERE substr(id, 1, length($wanted)) = $wanted AND id <> $wanted
                            ORDER BY started_unix_ms DESC, id DESC LIMIT $max)
            """);
        select.Parameters.AddWithValue("$wanted", wanted);
        select.Parameters.AddWithValue("$max", AmbiguousRunIdException.MaxListed + 1);
        var ids = new List<string>();
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }
        if (ids.Contains(wanted))
        {
            return wanted;
        }
        return ids.Count switch
        {
            0 => null,
            1 => ids[0],
            _ => throw AmbiguousRunIdException.For(wanted, ids),
        };
    }

    private static RunRecord? LoadRun(SqliteConnection connection, string id)
    {
        using var select = SqliteRows.Command(connection, null, $"SELECT {SqliteRows.RunColumns} FROM runs WHERE id = $id");
        select.Parameters.AddWithValue("$id", id);
        using var reader = select.ExecuteReader();
        return reader.Read() ? SqliteRows.ReadRun(reader) : null;
    }

    private static string? LoadMarkdownSource(SqliteConnection connection, string runId)
    {
        using var select = SqliteRows.Command(connection, null, "SELECT text FROM markdown_sources WHERE run_id = $run");
        select.Parameters.AddWithValue("$run", runId);
        return select.ExecuteScalar() as string;
    }

    private static Dictionary<string, string> LoadNamed(SqliteConnection connection, string table, string runId)
    {
        // The table name is a constant of this class, never user input.
        using var select = SqliteRows.Command(connection, null, $"SELECT name, value FROM {table} WHERE run_id = $run ORDER BY position, name");
        select.Parameters.AddWithValue("$run", runId);
        using var reader = select.ExecuteReader();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            values[reader.GetString(0)] = reader.GetString(1);
        }
        return values;
    }

    private static List<StepRecord> LoadSteps(SqliteConnection connection, string runId)
    {
        using var select = SqliteRows.Command(connection, null, $"SELECT {SqliteRows.StepColumns} FROM steps WHERE run_id = $run ORDER BY sequence");
        select.Parameters.AddWithValue("$run", runId);
        using var reader = select.ExecuteReader();
        var steps = new List<StepRecord>();
        while (reader.Read())
        {
            steps.Add(SqliteRows.ReadStep(reader));
        }
        return steps;
    }

    private static List<(DateTimeOffset, TimeSpan)> LoadStepTimes(SqliteConnection connection, string runId)
    {
        using var select = SqliteRows.Command(connection, null, "SELECT started_at, duration_ticks FROM steps WHERE run_id = $run");
        select.Parameters.AddWithValue("$run", runId);
        using var reader = select.ExecuteReader();
        var times = new List<(DateTimeOffset, TimeSpan)>();
        while (reader.Read())
        {
            times.Add((SqliteRows.ParseTime(reader.GetString(0)), TimeSpan.FromTicks(reader.GetInt64(1))));
        }
        return times;
    }
}
