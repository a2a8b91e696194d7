using Microsoft.Data.Sqlite;

namespace Shipcheck.Core.Checks.Sql;

/// <summary>Runs one query (or a caller's <see cref="SqlWork"/>) on a SQLite file, opened read-only unless the step says otherwise.</summary>
internal static class SqliteQuery
{
    private const int ReadOnlyError = 8;

    public static async Task<ProbeResult> RunAsync(string path, SqlRun run, CancellationToken cancellationToken, SqlWork? work = null)
    {
        if (!System.IO.File.Exists(path))
        {
            // Opening would create an empty database (read-write) or fail vaguely (read-only): say what is wrong instead.
            return ProbeResult.Failed($"the SQLite file {path} does not exist; check the path (relative to the checklist's folder)");
        }
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = run.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
            // A pooled connection would keep the file open after the step.
            Pooling = false,
        }.ToString();
        using var deadline = run.StartDeadline(cancellationToken);
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(deadline.Token);
            var session = new SqlSession(connection, null, SqlDriver.Sqlite, run.StatementTimeout);
            return await (work ?? SqlSession.Rows(run.Query))(session, deadline.Token);
        }
        catch (OperationCanceledException)
        {
            return ProbeResult.Failed(deadline.Passed ? run.TimedOut : "the query was cancelled (step timeout or interrupt)");
        }
        catch (SqliteException e) when (e.SqliteErrorCode == ReadOnlyError)
        {
            return ProbeResult.Failed(SqlRun.ReadOnlyViolation);
        }
        catch (SqliteException e)
        {
            return ProbeResult.Failed($"the query on {path} failed: {e.Message}; check the query and the file");
        }
    }
}
