namespace Shipcheck.Core.Engine;

/// <summary>
/// Wraps an observer so that it sees one event at a time and its exceptions never reach the run: a broken progress
/// display must not stop a rollback.
/// </summary>
public sealed class IsolatedRunObserver : IRunObserver
{
    private readonly IRunObserver _inner;
    private readonly Lock _gate = new();

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public IsolatedRunObserver(IRunObserver inner) => _inner = inner;

    /// <inheritdoc/>
    public void OnEvent(RunEvent e)
    {
        lock (_gate)
        {
            try
            {
                _inner.OnEvent(e);
            }
#pragma warning disable CA1031 // Isolation is the point: whatever the observer throws is dropped.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }
}
