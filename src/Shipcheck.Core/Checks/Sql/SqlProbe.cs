namespace Shipcheck.Core.Checks.Sql;

/// <summary>Runs a <c>sql</c> step's query once on the database its connection names.</summary>
public sealed class SqlProbe(SqlOptions options) : IProbe
{
    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var query = context.Render(options.Query);
        if (string.IsNullOrWhiteSpace(query))
        {
            return ProbeResult.Failed("the query is empty; check the variables it uses");
        }
        var driverName = options.Driver is null ? null : context.Render(options.Driver);
        var driver = SqlDrivers.Parse(driverName);
        if (driverName is not null && driver is null)
        {
            return ProbeResult.Failed($"driver '{driverName}' is not known; use postgres or sqlite");
        }
        var target = SqlTarget.Parse(context.Render(options.Connection), driver);
        if (target.Error is { } error)
        {
            return ProbeResult.Failed($"{error}; check the connection option and the secret it uses");
        }
        var run = new SqlRun(query, options.ReadOnly, options.StatementTimeout, context.Time);
        return await target.RunAsync(context, run, cancellationToken);
    }
}
