using Microsoft.Data.Sqlite;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Notifications;

namespace Shipcheck.Core.Store.Sqlite;

public sealed partial class SqliteRunStore
{
    /// <inheritdoc/>
    public Task AppendNotificationAsync(string runId, NotificationRecord notification, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, transaction) =>
        {
            RequireRun(connection, transaction, runId);
            using var insert = SqliteRows.Command(connection, transaction, """
                INSERT INTO notifications (run_id, sequence, event, target, kind, destination, status, attempts, at, duration_ticks, detail)
                VALUES ($run, $sequence, $event, $target, $kind, $destination, $status, $attempts, $at, $duration, $detail)
                """);
            insert.Parameters.AddWithValue("$run", runId);
            insert.Parameters.AddWithValue("$sequence", notification.Sequence);
            insert.Parameters.AddWithValue("$event", Names.Snake(notification.Event.ToString()));
            insert.Parameters.AddWithValue("$target", notification.Target);
            insert.Parameters.AddWithValue("$kind", Names.Snake(notification.Kind.ToString()));
            insert.Parameters.AddWithValue("$destination", notification.Destination);
            insert.Parameters.AddWithValue("$status", Names.Snake(notification.Status.ToString()));
            insert.Parameters.AddWithValue("$attempts", notification.Attempts);
            insert.Parameters.AddWithValue("$at", SqliteRows.Time(notification.At));
            insert.Parameters.AddWithValue("$duration", notification.Duration.Ticks);
            insert.Parameters.AddWithValue("$detail", SqliteRows.OrNull(notification.Detail));
            insert.ExecuteNonQuery();
        });

    private static List<NotificationRecord> LoadNotifications(SqliteConnection connection, string runId)
    {
        using var select = SqliteRows.Command(connection, null, """
            SELECT sequence, event, target, kind, destination, status, attempts, at, duration_ticks, detail
            FROM notifications WHERE run_id = $run ORDER BY sequence
            """);
        select.Parameters.AddWithValue("$run", runId);
        using var reader = select.ExecuteReader();
        var notifications = new List<NotificationRecord>();
        while (reader.Read())
        {
            notifications.Add(new NotificationRecord
            {
                Sequence = reader.GetInt32(0),
                Event = Names.Parse<NotificationEvent>(reader.GetString(1)),
                Target = reader.GetString(2),
                Kind = Names.Parse<NotifyKind>(reader.GetString(3)),
                Destination = reader.GetString(4),
                Status = Names.Parse<NotificationStatus>(reader.GetString(5)),
                Attempts = reader.GetInt32(6),
                At = SqliteRows.ParseTime(reader.GetString(7)),
                Duration = TimeSpan.FromTicks(reader.GetInt64(8)),
                Detail = reader.IsDBNull(9) ? null : reader.GetString(9),
            });
        }
        return notifications;
    }
}
