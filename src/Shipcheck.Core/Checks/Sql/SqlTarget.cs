namespace Shipcheck.Core.Checks.Sql;

/// <summary>
/// Which database a connection names: a PostgreSQL connection string (URLs converted), or a SQLite file path.
/// Errors never quote the connection, which usually carries a password.
/// </summary>
/// <param name="Driver">The database.</param>
/// <param name="Value">The Npgsql connection string, or the SQLite path as written (maybe relative).</param>
/// <param name="Error">Why the connection could not be understood; null when it could.</param>
internal sealed record SqlTarget(SqlDriver Driver, string Value, string? Error = null)
{
    private const string SqlitePrefix = "sqlite:";

    /// <summary>Reads <paramref name="connection"/>; <paramref name="driver"/> overrides detection when given.</summary>
    public static SqlTarget Parse(string connection, SqlDriver? driver)
    {
        var text = connection.Trim();
        if (text.Length == 0)
        {
            return Invalid("the connection is empty");
        }
        var detected = driver ?? Detect(text);
        return detected switch
        {
            SqlDriver.Sqlite => new(SqlDriver.Sqlite, text.StartsWith(SqlitePrefix, StringComparison.OrdinalIgnoreCase) ? text[SqlitePrefix.Length..] : text),
            SqlDriver.Postgres when PostgresUrl.IsUrl(text) => PostgresUrl.ToConnectionString(text) is { } converted
                ? new(SqlDriver.Postgres, converted)
                : Invalid("the postgres:// URL is not valid (expected postgres://user:password@host:port/database)"),
            SqlDriver.Postgres when text.Contains('=') => new(SqlDriver.Postgres, text),
            SqlDriver.Postgres => Invalid("the connection is not a PostgreSQL connection string (Host=...;Database=...) or postgres:// URL"),
            _ => Invalid("the connection is neither a PostgreSQL connection string or postgres:// URL nor a SQLite file (sqlite:PATH, *.db, *.sqlite)"),
        };
    }

    /// <summary>
    /// Runs <paramref name="work"/> (by default the run's query) on this database; a SQLite path is relative to the
    /// checklist's folder. Every failure is a <see cref="ProbeResult.Failed"/> that never quotes the connection.
    /// </summary>
    public Task<ProbeResult> RunAsync(ProbeContext context, SqlRun run, CancellationToken cancellationToken, SqlWork? work = null) =>
        Driver == SqlDriver.Sqlite
            ? SqliteQuery.RunAsync(context.ResolvePath(Value), run, cancellationToken, work)
            : PostgresQuery.RunAsync(Value, run, cancellationToken, work);

    private static SqlDriver? Detect(string text)
    {
        if (PostgresUrl.IsUrl(text))
        {
            return SqlDriver.Postgres;
        }
        if (text.StartsWith(SqlitePrefix, StringComparison.OrdinalIgnoreCase) ||
            text.EndsWith(".db", StringComparison.OrdinalIgnoreCase) ||
            text.EndsWith(".sqlite", StringComparison.OrdinalIgnoreCase) ||
            text.EndsWith(".sqlite3", StringComparison.OrdinalIgnoreCase))
        {
            return SqlDriver.Sqlite;
        }
        return text.Contains('=') ? SqlDriver.Postgres : null;
    }

    private static SqlTarget Invalid(string error) => new(SqlDriver.Postgres, "", error);
}
