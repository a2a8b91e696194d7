using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Checks.Migrations;

/// <summary>One migration folder: its framework, where it is, and the migrations in it, oldest first.</summary>
/// <param name="Framework">The framework the folder belongs to.</param>
/// <param name="Folder">The folder, relative to the top of the repository (<c>db/migrate</c>; "" for the top).</param>
/// <param name="Migrations">The migrations, oldest first (Alembic: in file-name order; its graph gives the order).</param>
/// <param name="Owns">True for a path inside <see cref="Folder"/> (relative to it) that is a migration file of this framework.</param>
/// <param name="Problems">What was wrong while reading the folder (an unreadable file, a missing snapshot).</param>
/// <param name="Scope">Which version-table rows belong to this folder (Django: <c>app.</c>); null for all of them.</param>
internal sealed record MigrationSet(
    MigrationFramework Framework,
    string Folder,
    IReadOnlyList<Migration> Migrations,
    Func<string, bool> Owns,
    IReadOnlyList<Finding> Problems,
    string? Scope = null)
{
    /// <summary>
    /// The folders the set reads, when it reads several (Alembic's <c>version_locations</c>); null for <see cref="Folder"/>
    /// alone. The search claims each, so no folder is found twice.
    /// </summary>
    public IReadOnlyList<string>? Locations { get; init; }

    /// <summary>The folder for messages: <c>db/migrate</c>, <c>.</c> for the top, or each of the <see cref="Locations"/>.</summary>
    public string Shown => Locations is { Count: > 1 } several ? string.Join(" + ", several) : Folder.Length == 0 ? "." : Folder;

    /// <summary>A path relative to the top of the repository for a file relative to <see cref="Folder"/>.</summary>
    public string PathOf(string inFolder) => Folder.Length == 0 ? inFolder : $"{Folder}/{inFolder}";

    /// <summary>True when <paramref name="path"/> (relative to the top) is a migration file of this set.</summary>
    public bool Contains(string path) =>
        Folder.Length == 0 ? Owns(path) : path.StartsWith(Folder + "/", StringComparison.Ordinal) && Owns(path[(Folder.Length + 1)..]);
}
