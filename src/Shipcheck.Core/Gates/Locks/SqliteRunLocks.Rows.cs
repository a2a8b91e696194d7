using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Shipcheck.Core.Gates.Locks;

/// <summary>The rows of <c>locks</c> and <c>lock_events</c>.</summary>
public sealed partial class SqliteRunLocks
{
    private const string HolderColumns = "name, run_id, user_name, host, process_id, since, heartbeat_unix_ms";

    private static LockHolder? Read(SqliteTransaction transaction, string name)
    {
        using var command = Command(transaction, $"SELECT {HolderColumns} FROM locks WHERE name = $name");
        command.Parameters.AddWithValue("$name", name);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadHolder(reader) : null;
    }

    private static LockHolder ReadHolder(SqliteDataReader reader) => new()
    {
        Name = reader.GetString(0),
        RunId = reader.GetString(1),
        User = reader.GetString(2),
        Host = reader.GetString(3),
        ProcessId = reader.GetInt32(4),
        Since = ParseTime(reader.GetString(5)),
        HeartbeatAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
    };

    /// <summary>Makes <paramref name="claim"/> the holder, since <paramref name="now"/> unless it already held the lock.</summary>
    private static void Write(SqliteTransaction transaction, LockHolder claim, DateTimeOffset now)
    {
        using var command = Command(transaction, """
            INSERT INTO locks (name, run_id, user_name, host, process_id, since, heartbeat_unix_ms)
            VALUES ($name, $run, $user, $host, $pid, $since, $now)
            ON CONFLICT (name) DO UPDATE SET
                since = CASE WHEN run_id = excluded.run_id THEN since ELSE excluded.since END,
                run_id = excluded.run_id, user_name = excluded.user_name, host = excluded.host,
                process_id = excluded.process_id, heartbeat_unix_ms = excluded.heartbeat_unix_ms
            """);
        command.Parameters.AddWithValue("$name", claim.Name);
        command.Parameters.AddWithValue("$run", claim.RunId);
        command.Parameters.AddWithValue("$user", claim.User);
        command.Parameters.AddWithValue("$host", claim.Host);
        command.Parameters.AddWithValue("$pid", claim.ProcessId);
        command.Parameters.AddWithValue("$since", FormatTime(now));
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    private static bool Delete(SqliteTransaction transaction, string name, string runId)
    {
        using var command = Command(transaction, "DELETE FROM locks WHERE name = $name AND run_id = $run");
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$run", runId);
        return command.ExecuteNonQuery() > 0;
    }

    private static void AddEvent(SqliteTransaction transaction, LockEvent e)
    {
        using var command = Command(transaction,
            "INSERT INTO lock_events (name, at, kind, run_id, user_name, detail) VALUES ($name, $at, $kind, $run, $user, $detail)");
        command.Parameters.AddWithValue("$name", e.Name);
        command.Parameters.AddWithValue("$at", FormatTime(e.At));
        command.Parameters.AddWithValue("$kind", e.Kind);
        command.Parameters.AddWithValue("$run", e.RunId);
        command.Parameters.AddWithValue("$user", e.User);
        command.Parameters.AddWithValue("$detail", (object?)e.Detail ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    private static string FormatTime(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
