using Microsoft.Data.Sqlite;
using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Store.Sqlite;

public sealed partial class SqliteRunStore
{
    /// <summary>
    /// A run still marked running whose runner is gone is written down as interrupted, once, so every later reader
    /// (and the dashboard) agrees on it without asking the operating system again.
    /// </summary>
    private RunRecord MarkInterruptedIfGone(SqliteConnection connection, RunRecord run, Func<IEnumerable<(DateTimeOffset, TimeSpan)>> stepTimes)
    {
        if (!InterruptedRuns.RunnerIsGone(run, _machineName))
        {
            return run;
        }
        var finishedAt = InterruptedRuns.LastKnownMoment(run.StartedAt, stepTimes());
        using var transaction = connection.BeginTransaction();
        using var update = SqliteRows.Command(connection, transaction, """
            UPDATE runs SET verdict = $verdict, finished_at = $finished, summary = $summary
            WHERE id = $id AND verdict = $running
            """);
        update.Parameters.AddWithValue("$id", run.Id);
        update.Parameters.AddWithValue("$verdict", Names.Of(Verdict.Interrupted));
        update.Parameters.AddWithValue("$running", Names.Of(Verdict.Running));
        update.Parameters.AddWithValue("$finished", SqliteRows.Time(finishedAt));
        update.Parameters.AddWithValue("$summary", InterruptedRuns.Summary);
        var changed = update.ExecuteNonQuery();
        transaction.Commit();
        if (changed == 0)
        {
            // Someone else finished the run between our read and this write: their word stands.
            var current = LoadRun(connection, run.Id);
            return current is null ? run : run with { Verdict = current.Verdict, FinishedAt = current.FinishedAt, Summary = current.Summary };
        }
        return run with { Verdict = Verdict.Interrupted, FinishedAt = finishedAt, Summary = InterruptedRuns.Summary };
    }
}
