using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Sql;

/// <summary>One query to run and how.</summary>
/// <param name="Query">The rendered query.</param>
/// <param name="ReadOnly">True when the query must not change data.</param>
/// <param name="StatementTimeout">How long the query may run.</param>
/// <param name="Time">The clock for the client-side cancellation that backs up the server's timeout.</param>
internal sealed record SqlRun(string Query, bool ReadOnly, TimeSpan StatementTimeout, TimeProvider Time)
{
    /// <summary>Said when a read-only query tried to write.</summary>
    public const string ReadOnlyViolation =
        "the query tried to change data, but the step is read-only (read_only defaults to true so a check cannot modify the database); " +
        "check the query, or set read_only: false if the step really must write";

    /// <summary>Said when the query ran out of time.</summary>
    public string TimedOut => $"the query ran longer than statement_timeout ({Durations.Format(StatementTimeout)}); make the query cheaper or raise statement_timeout";

    /// <summary>Starts the client-side deadline for one query.</summary>
    public SqlDeadline StartDeadline(CancellationToken cancellationToken) =>
        new(StatementTimeout + TimeSpan.FromSeconds(1), Time, cancellationToken);
}
