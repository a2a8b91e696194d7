using Npgsql;

namespace Shipcheck.Core.Checks.Sql;

/// <summary>How messages name a PostgreSQL server, user and database: never with the password.</summary>
internal sealed class PostgresServerName(NpgsqlConnectionStringBuilder builder)
{
    /// <summary>The user name, or Npgsql's default when none is given.</summary>
    public string User => builder.Username ?? Environment.UserName;

    /// <summary>The database name, which defaults to the user name.</summary>
    public string Database => builder.Database ?? User;

    /// <summary><c>host:port</c>.</summary>
    public override string ToString() => $"{builder.Host ?? "localhost"}:{builder.Port}";
}
