using Microsoft.Data.Sqlite;
using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Store.Sqlite;

public sealed partial class SqliteRunStore
{
    /// <inheritdoc/>
    public Task BeginRunAsync(RunRecord run, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, transaction) =>
        {
            using (var insert = SqliteRows.Command(connection, transaction, """
                INSERT INTO runs (id, service, environment, version, checklist_path, user_name, host, process_id,
                                  started_at, started_unix_ms, finished_at, verdict, summary)
                VALUES ($id, $service, $environment, $version, $checklist, $user, $host, $pid,
                        $started, $startedMs, $finished, $verdict, $summary)
                """))
            {
                insert.Parameters.AddWithValue("$id", run.Id);
                insert.Parameters.AddWithValue("$service", run.Service);
                insert.Parameters.AddWithValue("$environment", SqliteRows.OrNull(run.Environment));
                insert.Parameters.AddWithValue("$version", SqliteRows.OrNull(run.Version));
                insert.Parameters.AddWithValue("$checklist", run.ChecklistPath);
                insert.Parameters.AddWithValue("$user", run.User);
                insert.Parameters.AddWithValue("$host", run.Host);
                insert.Parameters.AddWithValue("$pid", run.ProcessId);
                insert.Parameters.AddWithValue("$started", SqliteRows.Time(run.StartedAt));
                insert.Parameters.AddWithValue("$startedMs", run.StartedAt.ToUnixTimeMilliseconds());
                insert.Parameters.AddWithValue("$finished", run.FinishedAt is { } f ? SqliteRows.Time(f) : DBNull.Value);
                insert.Parameters.AddWithValue("$verdict", Names.Of(run.Verdict));
                insert.Parameters.AddWithValue("$summary", SqliteRows.OrNull(run.Summary));
                insert.ExecuteNonQuery();
            }
            var position = 0;
            foreach (var (name, value) in run.Variables)
            {
                InsertNamed(connection, transaction, "variables", run.Id, name, value, position++);
            }
            position = 0;
            foreach (var (name, value) in run.Captures)
            {
                InsertNamed(connection, transaction, "captures", run.Id, name, value, position++);
            }
            foreach (var step in run.Steps)
            {
                InsertStep(connection, transaction, run.Id, step);
            }
            if (run.MarkdownSource is { } source)
            {
                using var insertSource = SqliteRows.Command(connection, transaction, "INSERT INTO markdown_sources (run_id, text) VALUES ($id, $text)");
                insertSource.Parameters.AddWithValue("$id", run.Id);
                insertSource.Parameters.AddWithValue("$text", source);
                insertSource.ExecuteNonQuery();
            }
        });

    /// <inheritdoc/>
    public Task AppendStepAsync(string runId, StepRecord step, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, transaction) =>
        {
            RequireRun(connection, transaction, runId);
            InsertStep(connection, transaction, runId, step);
        });

    /// <inheritdoc/>
    public Task SetCaptureAsync(string runId, string name, string value, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, transaction) =>
        {
            RequireRun(connection, transaction, runId);
            using var upsert = SqliteRows.Command(connection, transaction, """
                INSERT INTO captures (run_id, name, value, position)
                VALUES ($run, $name, $value, (SELECT COUNT(*) FROM captures WHERE run_id = $run))
                ON CONFLICT (run_id, name) DO UPDATE SET value = excluded.value
                """);
            upsert.Parameters.AddWithValue("$run", runId);
            upsert.Parameters.AddWithValue("$name", name);
            upsert.Parameters.AddWithValue("$value", value);
            upsert.ExecuteNonQuery();
        });

    /// <inheritdoc/>
    public Task FinishRunAsync(string runId, Verdict verdict, DateTimeOffset finishedAt, string? summary, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, transaction) =>
        {
            using var update = SqliteRows.Command(connection, transaction,
                "UPDATE runs SET verdict = $verdict, finished_at = $finished, summary = $summary WHERE id = $id");
            update.Parameters.AddWithValue("$id", runId);
            update.Parameters.AddWithValue("$verdict", Names.Of(verdict));
            update.Parameters.AddWithValue("$finished", SqliteRows.Time(finishedAt));
            update.Parameters.AddWithValue("$summary", SqliteRows.OrNull(summary));
            if (update.ExecuteNonQuery() == 0)
            {
                throw RunStoreException.UnknownRun(runId);
            }
        });

    private static void RequireRun(SqliteConnection connection, SqliteTransaction transaction, string runId)
    {
        using var exists = SqliteRows.Command(connection, transaction, "SELECT 1 FROM runs WHERE id = $id");
        exists.Parameters.AddWithValue("$id", runId);
        if (exists.ExecuteScalar() is null)
        {
            throw RunStoreException.UnknownRun(runId);
        }
    }

    private static void InsertNamed(SqliteConnection connection, SqliteTransaction transaction, string table, string runId, string name, string value, int position)
    {
        // The table name is one of two constants above, never user input.
        using var insert = SqliteRows.Command(connection, transaction,
            $"INSERT INTO {table} (run_id, name, value, position) VALUES ($run, $name, $value, $position)");
        insert.Parameters.AddWithValue("$run", runId);
        insert.Parameters.AddWithValue("$name", name);
        insert.Parameters.AddWithValue("$value", value);
        insert.Parameters.AddWithValue("$position", position);
        insert.ExecuteNonQuery();
    }

    private static void InsertStep(SqliteConnection connection, SqliteTransaction transaction, string runId, StepRecord step)
    {
        using var insert = SqliteRows.Command(connection, transaction, """
            INSERT INTO steps (run_id, sequence, phase, name, kind, status, started_at, duration_ticks, attempts, round,
                               observations_json, output, expectations_json, message)
            VALUES ($run, $sequence, $phase, $name, $kind, $status, $started, $duration, $attempts, $round,
                    $observations, $output, $expectations, $message)
            """);
        insert.Parameters.AddWithValue("$run", runId);
        insert.Parameters.AddWithValue("$sequence", step.Sequence);
        insert.Parameters.AddWithValue("$phase", Names.Of(step.Phase));
        insert.Parameters.AddWithValue("$name", step.Name);
        insert.Parameters.AddWithValue("$kind", step.Kind);
        insert.Parameters.AddWithValue("$status", Names.Of(step.Status));
        insert.Parameters.AddWithValue("$started", SqliteRows.Time(step.StartedAt));
        insert.Parameters.AddWithValue("$duration", step.Duration.Ticks);
        insert.Parameters.AddWithValue("$attempts", step.Attempts);
        insert.Parameters.AddWithValue("$round", step.Round);
        insert.Parameters.AddWithValue("$observations", step.ObservationsJson);
        insert.Parameters.AddWithValue("$output", SqliteRows.OrNull(step.Output));
        insert.Parameters.AddWithValue("$expectations", ExpectationsJson.Write(step.Expectations));
        insert.Parameters.AddWithValue("$message", SqliteRows.OrNull(step.Message));
        insert.ExecuteNonQuery();
    }
}
