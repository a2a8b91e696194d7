using Microsoft.Data.Sqlite;

namespace Shipcheck.Core.Tests.Store.Sqlite;

/// <summary>
/// Turns a store back into what the first Shipcheck wrote (schema version 1): every table a later migration added is
/// dropped, so a test can open it and watch every migration after the first run, in order.
/// </summary>
internal static class FirstSchemaStore
{
    /// <summary>The tables of schema version 1.</summary>
    private static readonly string[] FirstTables = ["runs", "steps", "captures", "variables", "schema_version"];

    public static void Downgrade(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var later = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                if (!FirstTables.Contains(reader.GetString(0)))
                {
                    later.Add(reader.GetString(0));
                }
            }
        }
        using var drop = connection.CreateCommand();
        drop.CommandText = string.Concat(later.Select(t => $"DROP TABLE {t};")) + "UPDATE schema_version SET version = 1";
        drop.ExecuteNonQuery();
    }
}
