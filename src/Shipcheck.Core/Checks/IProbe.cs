namespace Shipcheck.Core.Checks;

/// <summary>Looks at the world and reports observations. It never decides pass or fail, and never throws on purpose.</summary>
public interface IProbe
{
    /// <summary>Observes once. Cancellation means the step timed out or the run was interrupted.</summary>
    Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken);
}
