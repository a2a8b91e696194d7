using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Sql;

/// <summary>What a <c>sql</c> step asks for.</summary>
/// <param name="Connection">The connection string, URL or SQLite path.</param>
/// <param name="Driver">The <c>driver</c> option; null to tell from the connection.</param>
/// <param name="Query">The query.</param>
/// <param name="ReadOnly">True to run so that the query cannot change data.</param>
/// <param name="StatementTimeout">How long the query may run.</param>
public sealed record SqlOptions(Template Connection, Template? Driver, Template Query, bool ReadOnly, TimeSpan StatementTimeout)
{
    /// <summary>Reads the options of a validated step.</summary>
    public static SqlOptions From(OptionValues options) => new(
        options.Text(SqlKind.ConnectionOption) ?? Template.Literal(""),
        options.Text(SqlKind.DriverOption),
        options.Text(SqlKind.QueryOption) ?? Template.Literal(""),
        options.Get(SqlKind.ReadOnlyOption, true),
        options.Get(SqlKind.StatementTimeoutOption, TimeSpan.FromSeconds(30)));
}
