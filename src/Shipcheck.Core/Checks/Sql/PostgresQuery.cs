using System.Globalization;
using Npgsql;

namespace Shipcheck.Core.Checks.Sql;

/// <summary>Runs one query (or a caller's <see cref="SqlWork"/>) on PostgreSQL inside a transaction that is read-only unless the step says otherwise.</summary>
internal static class PostgresQuery
{
    public static async Task<ProbeResult> RunAsync(string connectionString, SqlRun run, CancellationToken cancellationToken, SqlWork? work = null)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            // Npgsql's message may quote the offending part, which could be the password: say only what to fix.
            return ProbeResult.Failed("the PostgreSQL connection string is not valid; check its keys (Host=…;Port=…;Database=…;Username=…;Password=…)");
        }
        // A fresh connection per observation: a pooled one may have died with a server the deployment restarted.
        builder.Pooling = false;
        var server = new PostgresServerName(builder);
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return ProbeResult.Failed($"connecting to {server} was cancelled (timeout or interrupt); check that the server answers");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return ProbeResult.Failed(PostgresFailures.Connecting(e, server));
        }
        using var deadline = run.StartDeadline(cancellationToken);
        try
        {
            return await WorkAsync(connection, run, work ?? SqlSession.Rows(run.Query), deadline.Token);
        }
        catch (OperationCanceledException)
        {
            return ProbeResult.Failed(deadline.Passed ? run.TimedOut : "the query was cancelled (step timeout or interrupt)");
        }
        catch (PostgresException e)
        {
            return ProbeResult.Failed(PostgresFailures.Querying(e, run));
        }
        catch (NpgsqlException e)
        {
            return ProbeResult.Failed($"the connection to {server} failed during the query: {e.Message}; check that the server runs");
        }
    }

    private static async Task<ProbeResult> WorkAsync(NpgsqlConnection connection, SqlRun run, SqlWork work, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var milliseconds = ((long)Math.Ceiling(run.StatementTimeout.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
        var setup = run.ReadOnly ? "SET TRANSACTION READ ONLY; " : "";
        await using (var settings = new NpgsqlCommand($"{setup}SET LOCAL statement_timeout = {milliseconds}", connection, transaction))
        {
            await settings.ExecuteNonQueryAsync(cancellationToken);
        }
        var result = await work(new SqlSession(connection, transaction, SqlDriver.Postgres, run.StatementTimeout), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
