using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Checks.Sql;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Migrations.Database;

/// <summary>
/// Reads each folder's version table through the <c>sql</c> kind's connection code (read-only) and compares it with
/// the files. Every problem, an unreachable database included, is a finding, never an error of the step.
/// </summary>
internal static class DatabaseComparison
{
    private const string Name = "database";
    private static readonly TimeSpan StatementTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The findings, and the ids of the pending migrations oldest first.</summary>
    public static async Task<(IReadOnlyList<Finding> Findings, IReadOnlyList<string> Pending)> CheckAsync(
        string connection, ProbeContext context, IReadOnlyList<MigrationSet> sets, CancellationToken cancellationToken)
    {
        if (sets.Count == 0)
        {
            return ([], []);
        }
        var target = SqlTarget.Parse(connection, null);
        if (target.Error is { } error)
        {
            return ([Finding.Fail(Name, $"{error}; check the connection option and the secret it uses")], []);
        }
        var tables = new Dictionary<string, IReadOnlyList<(string Id, string Type)>?>(StringComparer.Ordinal);
        var read = await target.RunAsync(context, new SqlRun("(the migration version tables)", true, StatementTimeout, context.Time), cancellationToken,
            async (session, token) =>
            {
                foreach (var table in sets.Select(s => VersionTable.For(s.Framework)).DistinctBy(t => t.Table))
                {
                    tables[table.Table] = await table.ReadAsync(session, token);
                }
                return new ProbeResult(Observations.Empty);
            });
        if (read.Error is not null)
        {
            return ([Finding.Fail(Name, $"cannot read the migration version table: {read.Error}")], []);
        }
        var findings = new List<Finding>();
        var pending = new List<string>();
        foreach (var set in sets)
        {
            var table = VersionTable.For(set.Framework).Table;
            if (tables[table] is not { } rows)
            {
                findings.Add(Finding.Fail(Name,
                    $"the database has no {table} table, so {set.Framework.Title()} never migrated it; check that the connection names the right database " +
                    $"(or apply the migrations once: {set.Framework.ApplyCommand()})"));
                continue;
            }
            var compared = AppliedMigrations.Compare(set, rows);
            pending.AddRange(compared.Pending.Select(m => m.Id));
            findings.Add(Judge(set, compared));
        }
        return (findings, pending);
    }

    private static Finding Judge(MigrationSet set, AppliedMigrations compared)
    {
        if (compared.Unknown.Count > 0)
        {
            return Finding.Fail(Name,
                $"the database applied {List(compared.Unknown)}, which no file in {set.Shown} declares: it was migrated by other code " +
                "(a newer release or another branch); deploy from that code, or restore the missing migration files");
        }
        if (compared.Pending.Count > 0)
        {
            return Finding.Warn(Name,
                $"{compared.Pending.Count} of {set.Migrations.Count} migrations in {set.Shown} are not applied: {List([.. compared.Pending.Select(m => m.Id)])}; " +
                $"the deployment must apply them ({set.Framework.ApplyCommand()})");
        }
        var heads = MigrationsObservations.Heads(set);
        return Finding.Pass(Name, heads.Count == 0
            ? $"{set.Shown} has no migrations, and the database has none applied"
            : $"the database is at the newest migration in {set.Shown} ({string.Join(", ", heads)})");
    }

    private static string List(IReadOnlyList<string> ids) =>
        ids.Count <= 5 ? string.Join(", ", ids) : $"{string.Join(", ", ids.Take(5))} and {ids.Count - 5} more";
}
