using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Checks.Migrations.Detection;

/// <summary>
/// Django: an app's <c>migrations/</c> package with numbered modules (<c>0001_initial.py</c>). The app label is taken
/// to be the app folder's name, Django's default; <c>django_migrations</c> rows of other apps are not this folder's.
/// </summary>
internal sealed class DjangoLayout : IMigrationLayout
{
    /// <inheritdoc/>
    public MigrationFramework Framework => MigrationFramework.Django;

    /// <inheritdoc/>
    public MigrationSet? Find(ScannedFolder folder)
    {
        // Flask-Migrate keeps Alembic in migrations/ too; its env.py tells it apart.
        if (folder.Name != "migrations" || folder.HasFile("env.py"))
        {
            return null;
        }
        var app = folder.ParentName;
        var migrations = folder.Files
            .Where(IsNumberedModule)
            .Order(NumericOrder.Instance)
            .Select(name => Migration.Linear($"{app}.{Migration.Stem(name)}", folder.PathOf(name), $"{app}.{Migration.Stem(name)}", Migration.Stem(name)))
            .ToList();
        if (migrations.Count == 0)
        {
            return null;
        }
        IReadOnlyList<Finding> problems = folder.HasFile("__init__.py")
            ? []
            : [Finding.Warn(folder.PathOf("__init__.py"), $"{folder.Relative} has no __init__.py, so Django does not load its migrations; add an empty one")];
        return new MigrationSet(MigrationFramework.Django, folder.Relative, migrations, Layouts.FilesEndingWith(".py"), problems, Scope: app + ".");
    }

    private static bool IsNumberedModule(string name) =>
        name.EndsWith(".py", StringComparison.Ordinal) && NumericOrder.LeadingNumber(name) is not null && name.Contains('_', StringComparison.Ordinal);
}
