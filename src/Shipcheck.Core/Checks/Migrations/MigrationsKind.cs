using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Checks.Sql;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Migrations;

/// <summary>
/// <c>migrations</c>: finds the repository's migration folders and judges them: every file committed, one Alembic head,
/// a schema change since the last tag documented, and (with a connection) the database's version against the files.
/// </summary>
public sealed class MigrationsKind : ICheckKind
{
    internal const string PathOption = "path";
    internal const string FrameworkOption = "framework";
    internal const string SinceOption = "since";
    internal const string DocOption = "doc";
    internal const string ConnectionOption = "connection";

    /// <inheritdoc/>
    public string Name => "migrations";

    /// <inheritdoc/>
    public string Description =>
        "Finds Alembic, EF Core, Flyway, Prisma, Django, Rails and numbered SQL migrations; checks they are committed, Alembic has one head, " +
        "a schema change since the last tag is documented, and optionally which migrations a database has not applied.";

    /// <inheritdoc/>
    public string? ShorthandOption => PathOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(PathOption, OptionType.Text,
            $"The folder to search, relative to the checklist's folder (default: the whole repository), {Detection.MigrationSearch.Depth} levels deep."),
        new(FrameworkOption, OptionType.Text, "Look only for this framework's migrations.") { AllowedValues = MigrationFrameworks.Names },
        new(SinceOption, OptionType.Text, "The tag or commit schema changes are counted from (default: the last tag, git describe --tags --abbrev=0)."),
        new(DocOption, OptionType.Text,
            $"The file, relative to the top of the repository, that must change (or name the migration) when a migration changed (default {MigrationsOptions.DefaultDoc})."),
        new(ConnectionOption, OptionType.Text,
            "A database to compare, as for sql (normally a ${secret}: a postgres:// URL or connection string, or sqlite:PATH); its version table is read read-only."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations => MigrationsObservations.Schema;

    /// <inheritdoc/>
    public string DefaultExpectation => FindingObservations.DefaultExpectation;

    /// <inheritdoc/>
    public string? CaptureObservation => "head";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromMinutes(1);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
        foreach (var name in (string[])[PathOption, SinceOption, DocOption, ConnectionOption])
        {
            if (options.Text(name) is { IsLiteral: true } value && string.IsNullOrWhiteSpace(value.Source))
            {
                diagnostics.Add(options.SpanOf(name), $"'{name}' is empty", $"give a value, or leave '{name}' out for its default");
            }
        }
        if (options.Text(DocOption) is { IsLiteral: true } doc && MigrationsProbe.OutsideRepository(doc.Source))
        {
            diagnostics.Add(options.SpanOf(DocOption), $"doc '{doc.Source}' is not inside the repository",
                "give the changelog's path relative to the top of the repository, for example CHANGELOG.md or docs/CHANGES.md");
        }
        if (options.Text(SinceOption) is { IsLiteral: true } since && since.Source.StartsWith('-'))
        {
            diagnostics.Add(options.SpanOf(SinceOption), $"since '{since.Source}' is not a tag or commit name", "give a tag (v1.2.0) or a commit hash");
        }
        if (options.Text(ConnectionOption) is { IsLiteral: true } connection && SqlTarget.Parse(connection.Source, null).Error is { } error)
        {
            diagnostics.Add(options.SpanOf(ConnectionOption), error,
                "use a postgres:// URL or connection string (normally ${SECRET}), or sqlite:PATH for a SQLite file");
        }
    }

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new MigrationsProbe(MigrationsOptions.From(options));
}
