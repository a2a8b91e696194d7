using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Checks.Migrations.Detection;

/// <summary>Every layout, in the order a folder is offered to them (the first to recognise it owns it).</summary>
internal static class Layouts
{
    public static IReadOnlyList<IMigrationLayout> All { get; } =
    [
        new AlembicLayout(),
        new EfCoreLayout(),
        new PrismaLayout(),
        new FlywayLayout(),
        new DjangoLayout(),
        new RailsLayout(),
        new PlainSqlLayout(),
    ];

    /// <summary>A file directly in the folder (no <c>/</c>) whose name ends with <paramref name="extension"/>.</summary>
    public static Func<string, bool> FilesEndingWith(string extension) =>
        path => !path.Contains('/', StringComparison.Ordinal) && path.EndsWith(extension, StringComparison.Ordinal);

    /// <summary>The finding for a migration file that could not be read.</summary>
    public static Finding Unreadable(string file, string error) =>
        Finding.Fail(file, $"cannot read it: {error}; check its permissions", file);
}
