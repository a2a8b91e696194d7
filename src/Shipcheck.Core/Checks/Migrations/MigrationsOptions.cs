using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Migrations;

/// <summary>What a <c>migrations</c> step asks for.</summary>
/// <param name="Path">The folder to search, relative to the checklist's folder; null for the whole repository.</param>
/// <param name="Framework">Only this framework's folders; null to detect every framework.</param>
/// <param name="Since">The tag or commit schema changes are counted from; null for the last tag.</param>
/// <param name="Doc">Where schema changes are documented, relative to the top of the repository.</param>
/// <param name="Connection">The database whose version table is compared; null to compare nothing.</param>
public sealed record MigrationsOptions(Template? Path, Template? Framework, Template? Since, Template Doc, Template? Connection)
{
    /// <summary>The changelog a schema change must touch when the step names none.</summary>
    public const string DefaultDoc = "CHANGELOG.md";

    /// <summary>Reads the options of a validated step.</summary>
    public static MigrationsOptions From(OptionValues options) => new(
        options.Text(MigrationsKind.PathOption),
        options.Text(MigrationsKind.FrameworkOption),
        options.Text(MigrationsKind.SinceOption),
        options.Text(MigrationsKind.DocOption) ?? Template.Literal(DefaultDoc),
        options.Text(MigrationsKind.ConnectionOption));
}
