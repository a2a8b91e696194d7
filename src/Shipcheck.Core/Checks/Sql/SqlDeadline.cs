namespace Shipcheck.Core.Checks.Sql;

/// <summary>
/// Cancels a query a little after its statement timeout, for a server that ignores its own timeout (or a database,
/// like SQLite, that has none), and tells that apart from the step's own cancellation.
/// </summary>
internal sealed class SqlDeadline : IDisposable
{
    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource _linked;

    public SqlDeadline(TimeSpan after, TimeProvider time, CancellationToken stepToken)
    {
        _timer = new CancellationTokenSource(after, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(stepToken, _timer.Token);
    }

    /// <summary>Cancelled by the deadline or by the step.</summary>
    public CancellationToken Token => _linked.Token;

    /// <summary>True when the deadline, not the step, cancelled.</summary>
    public bool Passed => _timer.IsCancellationRequested;

    /// <inheritdoc/>
    public void Dispose()
    {
        _linked.Dispose();
        _timer.Dispose();
    }
}
