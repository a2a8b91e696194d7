namespace Shipcheck.Core.Checks.Migrations.Detection;

/// <summary>
/// Flyway: <c>V&lt;version&gt;__&lt;description&gt;.sql</c> files in <c>db/migration</c>, <c>migrations</c> or <c>sql</c>
/// (repeatable <c>R__</c> and undo <c>U</c> scripts count as migration files, but carry no version to apply).
/// </summary>
internal sealed class FlywayLayout : IMigrationLayout
{
    private static readonly string[] FolderNames = ["migration", "migrations", "sql"];

    /// <inheritdoc/>
    public MigrationFramework Framework => MigrationFramework.Flyway;

    /// <inheritdoc/>
    public MigrationSet? Find(ScannedFolder folder)
    {
        if (!FolderNames.Contains(folder.Name, StringComparer.Ordinal))
        {
            return null;
        }
        var migrations = folder.Files
            .Select(name => (Name: name, Version: Version(name, 'V')))
            .Where(f => f.Version is not null)
            .Select(f => Migration.Linear(FlywayVersion.Normalize(f.Version!), folder.PathOf(f.Name), Migration.Stem(f.Name), "V" + f.Version))
            .ToList();
        if (migrations.Count == 0)
        {
            return null;
        }
        migrations.Sort((a, b) => FlywayVersion.Compare(a.Id, b.Id));
        return new MigrationSet(MigrationFramework.Flyway, folder.Relative, migrations, Owns, []);
    }

    /// <summary>The version in <c>V1_2__add_email.sql</c> (<c>1_2</c>) for the prefix <paramref name="prefix"/>, or null.</summary>
    private static string? Version(string name, char prefix)
    {
        var separator = name.IndexOf("__", StringComparison.Ordinal);
        if (name.Length < 2 || name[0] != prefix || separator < 2 || !name.EndsWith(".sql", StringComparison.Ordinal))
        {
            return null;
        }
        var version = name[1..separator];
        return version.All(c => char.IsAsciiDigit(c) || c is '.' or '_') && char.IsAsciiDigit(version[0]) ? version : null;
    }

    private static bool Owns(string path) =>
        !path.Contains('/', StringComparison.Ordinal) &&
        (Version(path, 'V') is not null || Version(path, 'U') is not null || (path.StartsWith("R__", StringComparison.Ordinal) && path.EndsWith(".sql", StringComparison.Ordinal)));
}
