using Microsoft.Data.Sqlite;

namespace Shipcheck.Core.Store.Sqlite;

/// <summary>
/// Opens a connection to a run store's file the one way every user of the file does: no pool, the store's busy
/// timeout, full sync, foreign keys, and the schema brought up to date.
/// </summary>
internal static class SqliteStoreConnection
{
    /// <summary>How long a call waits for another process holding the database.</summary>
    /// <remarks>Generous: twenty runners sharing one store (and a lock) on a loaded 2-core machine waited past 10s.</remarks>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Opens <paramref name="fullPath"/>, creating the file when missing. <paramref name="setWriteAheadLog"/> asks for
    /// WAL mode, which stays in the file: the store sets it once, a second connection to a file it opened need not.
    /// </summary>
    /// <exception cref="RunStoreException">The file cannot be opened or was written by a newer Shipcheck.</exception>
    public static SqliteConnection Open(string fullPath, bool setWriteAheadLog)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // One connection lives as long as its owner; a pool would only keep the file open after dispose.
            Pooling = false,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString());
        try
        {
            connection.Open();
            // The busy timeout first: switching a new file to WAL needs a lock that another process creating the same
            // store at the same moment may hold, and without a busy handler that is an immediate "database is locked".
            Pragma(connection, $"busy_timeout = {(int)BusyTimeout.TotalMilliseconds}");
            if (setWriteAheadLog)
            {
                Pragma(connection, "journal_mode = WAL");
            }
            Pragma(connection, "synchronous = FULL");
            Pragma(connection, "foreign_keys = ON");
            SqliteSchema.Migrate(connection, fullPath);
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw RunStoreException.CannotOpen(fullPath, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Pragma(SqliteConnection connection, string pragma)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        command.ExecuteNonQuery();
    }
}
