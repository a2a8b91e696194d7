using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Checks.Migrations.Detection;

/// <summary>Rails: <c>db/migrate/&lt;timestamp&gt;_&lt;name&gt;.rb</c>, with the schema Rails dumps beside it (<c>db/schema.rb</c> or <c>db/structure.sql</c>).</summary>
internal sealed class RailsLayout : IMigrationLayout
{
    /// <inheritdoc/>
    public MigrationFramework Framework => MigrationFramework.Rails;

    /// <inheritdoc/>
    public MigrationSet? Find(ScannedFolder folder)
    {
        if (folder.Name != "migrate" || folder.ParentName != "db")
        {
            return null;
        }
        var migrations = folder.Files
            .Where(name => name.EndsWith(".rb", StringComparison.Ordinal) && NumericOrder.LeadingNumber(name) is not null)
            .Order(NumericOrder.Instance)
            .Select(name => Migration.Linear(NumericOrder.LeadingNumber(name)!, folder.PathOf(name), NumericOrder.LeadingNumber(name)!, Migration.Stem(name)))
            .ToList();
        var db = Path.GetDirectoryName(folder.Full)!;
        var schema = folder.Relative[..^"migrate".Length] + "schema.rb";
        IReadOnlyList<Finding> problems = File.Exists(Path.Combine(db, "schema.rb")) || File.Exists(Path.Combine(db, "structure.sql"))
            ? []
            : [Finding.Warn(schema, $"there is no {schema} (or structure.sql) beside {folder.Relative}; run the migrations and commit the schema Rails writes")];
        return new MigrationSet(MigrationFramework.Rails, folder.Relative, migrations, Layouts.FilesEndingWith(".rb"), problems);
    }
}
