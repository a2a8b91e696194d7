using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Sql;

/// <summary><c>sql</c>: runs one query on PostgreSQL or SQLite and observes the row count and the first row.</summary>
public sealed class SqlKind : ICheckKind
{
    internal const string ConnectionOption = "connection";
    internal const string DriverOption = "driver";
    internal const string QueryOption = "query";
    internal const string ReadOnlyOption = "read_only";
    internal const string StatementTimeoutOption = "statement_timeout";

    /// <inheritdoc/>
    public string Name => "sql";

    /// <inheritdoc/>
    public string Description => "Runs a SQL query on PostgreSQL or SQLite; observes the number of rows and the first row's columns by name.";

    /// <inheritdoc/>
    public string? ShorthandOption => null;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(ConnectionOption, OptionType.Text,
            "A PostgreSQL connection string or postgres:// URL (normally a ${secret}), or sqlite:PATH / a .db or .sqlite file relative to the checklist's folder.")
        { Required = true },
        new(DriverOption, OptionType.Text, "postgres or sqlite; overrides what the connection looks like.") { AllowedValues = SqlDrivers.Names },
        new(QueryOption, OptionType.Text, "The query; its first row's columns become observations.") { Required = true },
        new(ReadOnlyOption, OptionType.Boolean, "Run in a read-only transaction (SQLite: open the file read-only) so the check cannot change data (default true)."),
        new(StatementTimeoutOption, OptionType.Duration, "How long the query may run before the server cancels it (default 30s)."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        ("rows", ValueKind.Number, "The number of rows the query returned."))
    {
        // The first row's columns are observations too, named by the query, so any name type-checks as Any.
        OpenFields = true,
    };

    /// <inheritdoc/>
    public string DefaultExpectation => "rows > 0";

    /// <inheritdoc/>
    public string? CaptureObservation => "rows";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
        if (options.Text(QueryOption) is { IsLiteral: true } query && string.IsNullOrWhiteSpace(query.Source))
        {
            diagnostics.Add(options.SpanOf(QueryOption), "the query is empty", "write the query, for example 'SELECT COUNT(*) AS ticks FROM market_ticks'");
        }
        var driver = options.Text(DriverOption) is { IsLiteral: true } d ? SqlDrivers.Parse(d.Source) : null;
        if (options.Text(ConnectionOption) is { IsLiteral: true } connection && SqlTarget.Parse(connection.Source, driver).Error is { } error)
        {
            diagnostics.Add(options.SpanOf(ConnectionOption), error,
                "use a postgres:// URL or connection string (normally ${SECRET}), or sqlite:PATH for a SQLite file");
        }
    }

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new SqlProbe(SqlOptions.From(options));
}
