using Shipcheck.Core.Checks.Migrations.Alembic;
using Shipcheck.Core.Checks.Migrations.Detection;

namespace Shipcheck.Core.Checks.Migrations.Database;

/// <summary>One folder's migrations against its version table's rows: which are pending, and which rows no file declares.</summary>
/// <param name="Pending">The migrations not applied, oldest first.</param>
/// <param name="Unknown">Applied ids no migration file here declares: the database ran code this checkout does not have.</param>
internal sealed record AppliedMigrations(IReadOnlyList<Migration> Pending, IReadOnlyList<string> Unknown)
{
    public static AppliedMigrations Compare(MigrationSet set, IReadOnlyList<(string Id, string Type)> rows)
    {
        var scoped = rows.Where(r => set.Scope is null || r.Id.StartsWith(set.Scope, StringComparison.Ordinal)).ToList();
        return set.Framework switch
        {
            MigrationFramework.Alembic => Alembic(set, scoped),
            MigrationFramework.Flyway => Flyway(set, scoped),
            MigrationFramework.PlainSql => UpToHighest(set, scoped),
            _ => ById(set, scoped.Select(r => r.Id).ToHashSet(StringComparer.Ordinal)),
        };
    }

    /// <summary>alembic_version holds the heads the database is at; everything below them is applied.</summary>
    private static AppliedMigrations Alembic(MigrationSet set, List<(string Id, string Type)> rows)
    {
        var graph = new AlembicGraph(set.Migrations);
        var applied = graph.AppliedBy(rows.Select(r => r.Id).Where(graph.Has));
        return new([.. graph.InOrder().Where(m => !applied.Contains(m.Id))], [.. rows.Select(r => r.Id).Where(id => !graph.Has(id))]);
    }

    /// <summary>A BASELINE row stands for every version up to it; its own version need not be a file.</summary>
    private static AppliedMigrations Flyway(MigrationSet set, List<(string Id, string Type)> rows)
    {
        var baselines = rows.Where(r => r.Type == "BASELINE").Select(r => FlywayVersion.Normalize(r.Id)).ToList();
        var versions = rows.Where(r => r.Type != "BASELINE").Select(r => FlywayVersion.Normalize(r.Id)).ToHashSet(StringComparer.Ordinal);
        var baseline = baselines.Count == 0 ? null : baselines.Max(Comparer<string>.Create(FlywayVersion.Compare));
        var known = set.Migrations.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return new(
            [.. set.Migrations.Where(m => !versions.Contains(m.Id) && (baseline is null || FlywayVersion.Compare(m.Id, baseline) > 0))],
            [.. versions.Where(v => !known.Contains(v)).Order(NumericOrder.Instance)]);
    }

    /// <summary>golang-migrate keeps one row, the version reached; dbmate one per migration. Either way, up to the highest is applied.</summary>
    private static AppliedMigrations UpToHighest(MigrationSet set, List<(string Id, string Type)> rows)
    {
        var versions = rows.Select(r => NumericOrder.LeadingNumber(r.Id) ?? r.Id).ToHashSet(StringComparer.Ordinal);
        var highest = versions.Max(NumericOrder.Instance);
        var known = set.Migrations.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return new(
            [.. set.Migrations.Where(m => highest is null || NumericOrder.Instance.Compare(m.Id, highest) > 0)],
            [.. versions.Where(v => !known.Contains(v)).Order(NumericOrder.Instance)]);
    }

    private static AppliedMigrations ById(MigrationSet set, HashSet<string> applied)
    {
        var known = set.Migrations.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return new([.. set.Migrations.Where(m => !applied.Contains(m.Id))], [.. applied.Where(id => !known.Contains(id)).Order(NumericOrder.Instance)]);
    }
}
