using System.Globalization;
using Microsoft.Data.Sqlite;
using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Store.Sqlite;

/// <summary>Conversions between records and rows: times as round-trip text that keeps the offset, enums in snake_case.</summary>
internal static class SqliteRows
{
    /// <summary>The columns of <c>runs</c>, in the order <see cref="ReadRun"/> reads them.</summary>
    public const string RunColumns =
        "id, service, environment, version, checklist_path, user_name, host, process_id, started_at, finished_at, verdict, summary";

    /// <summary>The columns of <c>steps</c>, in the order <see cref="ReadStep"/> reads them.</summary>
    public const string StepColumns =
        "sequence, phase, name, kind, status, started_at, duration_ticks, attempts, round, observations_json, output, expectations_json, message";

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public static object OrNull(string? value) => value is null ? DBNull.Value : value;

    public static string Time(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static RunRecord ReadRun(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        Service = r.GetString(1),
        Environment = r.IsDBNull(2) ? null : r.GetString(2),
        Version = r.IsDBNull(3) ? null : r.GetString(3),
        ChecklistPath = r.GetString(4),
        User = r.GetString(5),
        Host = r.GetString(6),
        ProcessId = r.GetInt32(7),
        StartedAt = ParseTime(r.GetString(8)),
        FinishedAt = r.IsDBNull(9) ? null : ParseTime(r.GetString(9)),
        Verdict = Names.Parse<Verdict>(r.GetString(10)),
        Summary = r.IsDBNull(11) ? null : r.GetString(11),
    };

    public static StepRecord ReadStep(SqliteDataReader r) => new()
    {
        Sequence = r.GetInt32(0),
        Phase = Names.Parse<Phase>(r.GetString(1)),
        Name = r.GetString(2),
        Kind = r.GetString(3),
        Status = Names.Parse<StepStatus>(r.GetString(4)),
        StartedAt = ParseTime(r.GetString(5)),
        Duration = TimeSpan.FromTicks(r.GetInt64(6)),
        Attempts = r.GetInt32(7),
        Round = r.GetInt32(8),
        ObservationsJson = r.GetString(9),
        Output = r.IsDBNull(10) ? null : r.GetString(10),
        Expectations = ExpectationsJson.Read(r.GetString(11)),
        Message = r.IsDBNull(12) ? null : r.GetString(12),
    };
}
