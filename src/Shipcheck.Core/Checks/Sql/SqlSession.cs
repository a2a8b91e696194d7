using System.Data.Common;

namespace Shipcheck.Core.Checks.Sql;

/// <summary>
/// An open connection inside the <c>sql</c> kind's safeguards (a read-only transaction on PostgreSQL, a read-only file
/// on SQLite, the statement timeout), on which a caller runs queries of its own: the <c>sql</c> step's one query, or the
/// version tables the <c>migrations</c> kind reads.
/// </summary>
internal sealed class SqlSession(DbConnection connection, DbTransaction? transaction, SqlDriver driver, TimeSpan statementTimeout)
{
    /// <summary>The database behind the connection, for the queries whose text differs between them.</summary>
    public SqlDriver Driver => driver;

    /// <summary>A command for <paramref name="sql"/>, in the session's transaction.</summary>
    public DbCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        if (driver == SqlDriver.Sqlite)
        {
            // PostgreSQL's statement_timeout is set for the transaction; SQLite has only the command's own timeout.
            command.CommandTimeout = (int)Math.Ceiling(statementTimeout.TotalSeconds);
        }
        return command;
    }

    /// <summary>The <c>sql</c> step's work: runs <paramref name="query"/>, keeps its rows, and observes them.</summary>
    public static SqlWork Rows(string query) => async (session, cancellationToken) =>
    {
        await using var command = session.Command(query);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = await SqlRows.ReadAsync(reader, cancellationToken);
        return new ProbeResult(rows.ToObservations(), rows.ToTable());
    };
}

/// <summary>What to do on an open <see cref="SqlSession"/>; errors it throws become the <c>sql</c> kind's messages.</summary>
internal delegate Task<ProbeResult> SqlWork(SqlSession session, CancellationToken cancellationToken);
