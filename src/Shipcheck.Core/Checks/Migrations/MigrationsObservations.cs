using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Checks.Migrations.Alembic;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Migrations;

/// <summary>What a <c>migrations</c> step observes besides its findings.</summary>
internal static class MigrationsObservations
{
    public static readonly ObservationSchema Schema = FindingObservations.Schema(
        ("framework", ValueKind.String, "The frameworks found (alembic, efcore, flyway, prisma, django, rails, sql), comma-separated; empty when none."),
        ("heads", ValueKind.List, "The newest migration of each folder; for Alembic every head (more than one needs `alembic merge heads`)."),
        ("head", ValueKind.String, "The one entry of heads; null when there are none or several."),
        ("pending", ValueKind.List, "With a connection: the migrations the database has not applied, oldest first; empty otherwise."));

    /// <summary>The own observations of a step that found <paramref name="sets"/> and <paramref name="pending"/>.</summary>
    public static Observations Of(IReadOnlyList<MigrationSet> sets, IReadOnlyList<string> pending)
    {
        var heads = sets.SelectMany(Heads).ToList();
        return new Observations()
            .Set("framework", Value.Of(string.Join(", ", sets.Select(s => s.Framework.Id()).Distinct())))
            .Set("heads", new ListValue([.. heads.Select(Value.Of)]))
            .Set("head", heads.Count == 1 ? Value.Of(heads[0]) : Value.Null)
            .Set("pending", new ListValue([.. pending.Select(Value.Of)]));
    }

    /// <summary>Alembic's heads from its graph; for the other frameworks the last migration by name.</summary>
    public static IReadOnlyList<string> Heads(MigrationSet set) => set.Framework == MigrationFramework.Alembic
        ? new AlembicGraph(set.Migrations).Heads
        : set.Migrations.Count == 0 ? [] : [set.Migrations[^1].Id];
}
