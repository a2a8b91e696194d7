using System.Net.Sockets;
using Npgsql;
using Shipcheck.Core.Checks.Tcp;

namespace Shipcheck.Core.Checks.Sql;

/// <summary>PostgreSQL errors as messages that say what to check, without the connection string or password.</summary>
internal static class PostgresFailures
{
    /// <summary>Why the connection could not be opened.</summary>
    public static string Connecting(Exception exception, PostgresServerName server)
    {
        if (ExceptionChain.Find<PostgresException>(exception) is { } refused)
        {
            return refused.SqlState switch
            {
                PostgresErrorCodes.InvalidPassword =>
                    $"{server} rejected the password for user '{server.User}'; check the credentials in the connection secret",
                PostgresErrorCodes.InvalidAuthorizationSpecification =>
                    $"{server} refused user '{server.User}': {refused.MessageText}; check the user name and the server's pg_hba.conf",
                PostgresErrorCodes.InvalidCatalogName =>
                    $"database '{server.Database}' does not exist on {server}; check the database name in the connection",
                _ => $"cannot connect to {server}: {refused.MessageText} (SQLSTATE {refused.SqlState}); check the connection",
            };
        }
        if (ExceptionChain.Find<SocketException>(exception) is { } socket)
        {
            return $"cannot connect to {server}: {SocketErrors.Describe(socket)}; check the host, port and that the server runs";
        }
        if (ExceptionChain.Find<TimeoutException>(exception) is not null)
        {
            return $"cannot connect to {server}: connection timed out; check the host, port, firewall and that the server runs";
        }
        return $"cannot connect to {server}: {exception.Message}; check the connection";
    }

    /// <summary>Why the query failed on the server.</summary>
    public static string Querying(PostgresException exception, SqlRun run) => exception.SqlState switch
    {
        PostgresErrorCodes.ReadOnlySqlTransaction => SqlRun.ReadOnlyViolation,
        PostgresErrorCodes.QueryCanceled => run.TimedOut,
        _ => $"the query failed: {exception.MessageText} (SQLSTATE {exception.SqlState}); check the query",
    };
}
