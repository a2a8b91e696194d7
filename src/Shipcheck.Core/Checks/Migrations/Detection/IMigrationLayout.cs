namespace Shipcheck.Core.Checks.Migrations.Detection;

/// <summary>How one framework lays out its migrations: recognises its folder and reads the migrations in it.</summary>
internal interface IMigrationLayout
{
    /// <summary>The framework this layout belongs to.</summary>
    MigrationFramework Framework { get; }

    /// <summary>The migration folder <paramref name="folder"/> is, or leads to (Alembic's script folder names <c>versions/</c>); null when neither.</summary>
    MigrationSet? Find(ScannedFolder folder);
}
