namespace Shipcheck.Core.Checks.Migrations;

/// <summary>The migration tools whose folders the <c>migrations</c> kind recognises.</summary>
public enum MigrationFramework
{
    /// <summary>Alembic (SQLAlchemy): <c>env.py</c> and <c>versions/*.py</c> linked by <c>down_revision</c>.</summary>
    Alembic,
    /// <summary>Entity Framework Core: <c>Migrations/*.cs</c> with <c>[Migration("…")]</c> and a model snapshot.</summary>
    EfCore,
    /// <summary>Flyway: <c>V&lt;version&gt;__&lt;description&gt;.sql</c>.</summary>
    Flyway,
    /// <summary>Prisma: <c>migrations/&lt;timestamp&gt;_&lt;name&gt;/migration.sql</c> and <c>migration_lock.toml</c>.</summary>
    Prisma,
    /// <summary>Django: <c>&lt;app&gt;/migrations/0001_*.py</c>.</summary>
    Django,
    /// <summary>Ruby on Rails: <c>db/migrate/&lt;timestamp&gt;_*.rb</c> and <c>db/schema.rb</c>.</summary>
    Rails,
    /// <summary>Numbered <c>.sql</c> files in <c>migrations/</c> or <c>sql/</c> (golang-migrate, dbmate and hand-rolled runners).</summary>
    PlainSql,
}

/// <summary>How the option, the observations and messages name each framework, and how to apply its migrations.</summary>
internal static class MigrationFrameworks
{
    /// <summary>The <c>framework</c> option's values, which are also what the <c>framework</c> observation lists.</summary>
    public static IReadOnlyList<string> Names { get; } = ["alembic", "efcore", "flyway", "prisma", "django", "rails", "sql"];

    /// <summary>The framework named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static MigrationFramework? Parse(string? name)
    {
        var index = Names.ToList().FindIndex(n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : (MigrationFramework)index;
    }

    /// <summary>The option value: <c>alembic</c>, <c>efcore</c>…</summary>
    public static string Id(this MigrationFramework framework) => Names[(int)framework];

    /// <summary>The name people know: Alembic, EF Core, plain SQL.</summary>
    public static string Title(this MigrationFramework framework) => framework switch
    {
        MigrationFramework.EfCore => "EF Core",
        MigrationFramework.PlainSql => "plain SQL",
        _ => framework.ToString(),
    };

    /// <summary>The command that applies pending migrations, for the message that lists them.</summary>
    public static string ApplyCommand(this MigrationFramework framework) => framework switch
    {
        MigrationFramework.Alembic => "alembic upgrade head",
        MigrationFramework.EfCore => "dotnet ef database update",
        MigrationFramework.Flyway => "flyway migrate",
        MigrationFramework.Prisma => "prisma migrate deploy",
        MigrationFramework.Django => "python manage.py migrate",
        MigrationFramework.Rails => "bin/rails db:migrate",
        _ => "your migration runner",
    };
}
