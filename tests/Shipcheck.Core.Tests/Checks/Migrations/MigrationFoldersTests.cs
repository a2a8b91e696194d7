using Shipcheck.Core.Tests.Checks.Support;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Core.Tests.Checks.Migrations;

public sealed class MigrationFoldersTests : IDisposable
{
    private readonly TestRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public async Task Finds_ef_core_migrations_by_their_snapshot_and_reads_ids_from_the_attribute()
    {
        _repository.Write("src/Api/Data/Migrations/20240101120000_Init.cs", "public partial class Init : Migration { }\n");
        _repository.Write("src/Api/Data/Migrations/20240101120000_Init.Designer.cs",
            "using Microsoft.EntityFrameworkCore.Migrations;\n[DbContext(typeof(AppDb))]\n[Migration(\"20240101120000_Init\")]\npartial class Init { }\n");
        _repository.Write("src/Api/Data/Migrations/20240301080000_AddEmail.Designer.cs", "[Microsoft.EntityFrameworkCore.Migrations.Migration(\"20240301080000_AddEmail\")]\n");
        _repository.Write("src/Api/Data/Migrations/AppDbModelSnapshot.cs", "[DbContext(typeof(AppDb))]\npartial class AppDbModelSnapshot { }\n");
        _repository.Commit();

        var result = await _repository.Observe();

        Assert.Equal("PASS efcore — EF Core: 2 migrations in src/Api/Data/Migrations", result.Line("efcore"));
        Assert.Equal("20240301080000_AddEmail", result.Observations.Text("head"));
    }

    [Fact]
    public async Task Finds_flyway_versions_in_numeric_order()
    {
        _repository.Write("src/main/resources/db/migration/V1__init.sql", "CREATE TABLE t(id int);\n");
        _repository.Write("src/main/resources/db/migration/V1_10__later.sql", "SELECT 1;\n");
        _repository.Write("src/main/resources/db/migration/V1_9__earlier.sql", "SELECT 1;\n");
        _repository.Write("src/main/resources/db/migration/R__views.sql", "SELECT 1;\n");
        _repository.Commit();

        var result = await _repository.Observe();

        Assert.Equal("PASS flyway — Flyway: 3 migrations in src/main/resources/db/migration", result.Line("flyway"));
        Assert.Equal("1.10", result.Observations.Text("head"));
    }

    [Fact]
    public async Task Finds_prisma_migrations_and_warns_without_the_lock_file()
    {
        _repository.Write("prisma/migrations/20240101120000_init/migration.sql", "CREATE TABLE t(id int);\n");
        _repository.Write("prisma/migrations/20240202120000_email/migration.sql", "ALTER TABLE t ADD email text;\n");
        _repository.Commit();

        var result = await _repository.Observe(("framework", "prisma"));

        Assert.Equal("PASS prisma — Prisma: 2 migrations in prisma/migrations", result.Line("prisma"));
        Assert.StartsWith("WARN prisma/migrations/migration_lock.toml — prisma/migrations has no migration_lock.toml", result.Line("prisma/migrations/migration_lock.toml"));
        Assert.Equal("20240202120000_email", result.Observations.Text("head"));
    }

    [Fact]
    public async Task Finds_each_django_app_and_a_rails_app_in_one_repository()
    {
        _repository.Write("shop/users/migrations/__init__.py", "");
        _repository.Write("shop/users/migrations/0001_initial.py", "class Migration: pass\n");
        _repository.Write("shop/users/migrations/0002_email.py", "class Migration: pass\n");
        _repository.Write("shop/orders/migrations/0001_initial.py", "class Migration: pass\n");
        _repository.Write("web/db/migrate/20240101120000_create_users.rb", "class CreateUsers; end\n");
        _repository.Write("web/db/schema.rb", "ActiveRecord::Schema.define(version: 2024_01_01_120000) do end\n");
        _repository.Commit();

        var result = await _repository.Observe();

        Assert.Contains("PASS django — Django: 2 migrations in shop/users/migrations", result.Output);
        Assert.Contains("PASS django — Django: 1 migration in shop/orders/migrations", result.Output);
        Assert.Contains("WARN shop/orders/migrations/__init__.py — shop/orders/migrations has no __init__.py", result.Output);
        Assert.Equal("PASS rails — Rails: 1 migration in web/db/migrate", result.Line("rails"));
        Assert.Equal("django, rails", result.Observations.Text("framework"));
    }

    [Fact]
    public async Task Finds_numbered_sql_files_with_up_and_down_as_one_migration()
    {
        _repository.Write("migrations/000001_init.up.sql", "CREATE TABLE t(id int);\n");
        _repository.Write("migrations/000001_init.down.sql", "DROP TABLE t;\n");
        _repository.Write("migrations/000002_email.up.sql", "ALTER TABLE t ADD email text;\n");
        _repository.Write("migrations/README.md", "how to run them\n");
        _repository.Commit();

        var result = await _repository.Observe(("path", "migrations"));

        Assert.Equal("PASS sql — plain SQL: 2 migrations in migrations", result.Line("sql"));
        Assert.Equal("2", result.Observations.Text("head"));
    }

    [Fact]
    public async Task Flask_migrate_keeps_alembic_in_migrations_and_is_not_taken_for_django()
    {
        _repository.Write("migrations/alembic.ini", "[alembic]\n");
        _repository.Write("migrations/env.py", "from alembic import context\n");
        _repository.Write("migrations/versions/0001_initial.py", MigrationSteps.Alembic("0001"));
        _repository.Commit();

        var result = await _repository.Observe();

        Assert.Equal("PASS alembic — Alembic: 1 migration in migrations/versions", result.Line("alembic"));
        Assert.Equal("alembic", result.Observations.Text("framework"));
    }

    [Fact]
    public async Task Alembic_ini_names_a_script_folder_without_env_py_beside_versions()
    {
        _repository.Write("alembic.ini", "[alembic]\nscript_location = %(here)s/schema\n");
        _repository.Write("schema/versions/a1_first.py", MigrationSteps.Alembic("a1"));
        _repository.Commit();

        var result = await _repository.Observe();

        Assert.Equal("PASS alembic — Alembic: 1 migration in schema/versions", result.Line("alembic"));
    }

    [Fact]
    public async Task Alembic_version_locations_are_one_graph_across_their_folders()
    {
        _repository.Write("alembic.ini", "[alembic]\nscript_location = alembic\n" +
            "version_locations = %(here)s/alembic/versions %(here)s/plugins/billing/versions\n");
        _repository.Write("alembic/env.py", "from alembic import context\n");
        _repository.Write("alembic/versions/a1_base.py", MigrationSteps.Alembic("a1"));
        _repository.Write("alembic/versions/c3_users.py", MigrationSteps.Alembic("c3", "a1"));
        _repository.Write("plugins/billing/versions/b2_invoices.py", MigrationSteps.Alembic("b2", "a1"));
        _repository.Commit();

        var forked = await _repository.Observe();
        _repository.Write("plugins/billing/versions/b2_invoices.py", MigrationSteps.Alembic("b2", "c3"));
        _repository.Write("plugins/billing/versions/d4_refunds.py", MigrationSteps.Alembic("d4", "b2"));
        var linear = await _repository.Observe();

        Assert.Equal("PASS alembic — Alembic: 3 migrations in alembic/versions + plugins/billing/versions", forked.Line("alembic"));
        Assert.Equal(["b2", "c3"], forked.Texts("heads"));
        Assert.Equal(["d4"], linear.Texts("heads"));
        // Not committed: the billing plugin's new revision and its edited one, found in the second location too.
        Assert.StartsWith("FAIL plugins/billing/versions/d4_refunds.py — ", linear.Line("plugins/billing/versions/d4_refunds.py"));
        Assert.StartsWith("FAIL plugins/billing/versions/b2_invoices.py — modified and not committed", linear.Line("plugins/billing/versions/b2_invoices.py"));
        Assert.Equal("PASS committed — every migration file is committed (3 migrations)", forked.Line("committed"));
    }

    [Fact]
    public async Task Alembic_version_locations_split_by_the_separator_it_names()
    {
        _repository.Write("db/alembic.ini", "[alembic]\nscript_location = %(here)s\nversion_path_separator = ;\n" +
            "version_locations = %(here)s/core;%(here)s/extra\n");
        _repository.Write("db/core/a1_base.py", MigrationSteps.Alembic("a1"));
        _repository.Write("db/extra/b2_more.py", MigrationSteps.Alembic("b2", "a1"));
        _repository.Commit();

        var result = await _repository.Observe();

        Assert.Equal("PASS alembic — Alembic: 2 migrations in db/core + db/extra", result.Line("alembic"));
        Assert.Equal(["b2"], result.Texts("heads"));
    }

    [Fact]
    public async Task A_folder_deeper_than_the_search_goes_is_not_found_unless_path_points_near_it()
    {
        _repository.Write("a/b/c/d/e/f/migrations/001_init.sql", "SELECT 1;\n");
        _repository.Commit();

        var whole = await _repository.Observe();
        var near = await _repository.Observe(("path", "a/b/c"));

        Assert.StartsWith("WARN migration folders", whole.Line("migration folders"));
        Assert.Equal("PASS sql — plain SQL: 1 migration in a/b/c/d/e/f/migrations", near.Line("sql"));
    }
}
