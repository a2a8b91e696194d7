using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Checks.Migrations.Detection;

namespace Shipcheck.Core.Checks.Migrations;

/// <summary>The findings about which migration folders there are: a pass per folder, a warning (or failure) for none.</summary>
internal static class DetectionFindings
{
    public static IEnumerable<Finding> Of(MigrationSearch.Result search, string searched, MigrationFramework? only)
    {
        foreach (var set in search.Sets)
        {
            var count = set.Migrations.Count == 1 ? "1 migration" : $"{set.Migrations.Count} migrations";
            yield return Finding.Pass(set.Framework.Id(), $"{set.Framework.Title()}: {count} in {set.Shown}");
            foreach (var problem in set.Problems)
            {
                yield return problem;
            }
        }
        if (search.Truncated)
        {
            yield return Finding.Warn("migration folders",
                $"stopped searching {searched} after {MigrationSearch.FolderLimit} folders; set path to the folder that holds the migrations");
        }
        if (search.Sets.Count > 0)
        {
            yield break;
        }
        yield return only is { } framework
            ? Finding.Fail("migration folders",
                $"no {framework.Title()} migrations under {searched} (searched {MigrationSearch.Depth} levels deep); check path, or leave framework out to detect any")
            : Finding.Warn("migration folders",
                $"no migration folder under {searched} (Alembic, EF Core, Flyway, Prisma, Django, Rails or numbered SQL, " +
                $"searched {MigrationSearch.Depth} levels deep); set path (and framework) if the migrations are elsewhere");
    }
}
