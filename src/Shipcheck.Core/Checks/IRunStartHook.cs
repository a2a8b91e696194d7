namespace Shipcheck.Core.Checks;

/// <summary>
/// A kind that looks at the world once when a run starts, before its first step, to have something to compare with
/// later: the <c>logs</c> kind notes where each log file ends, so that <c>since</c> after a deploy reads what the
/// deploy wrote. What it learns goes into <see cref="ProbeContext.RunState"/>.
/// </summary>
public interface IRunStartHook
{
    /// <summary>
    /// Called once per run with the options of every step of this kind, in checklist order. Never throws on purpose;
    /// what it cannot look at, it leaves out. Cancellation means the run was interrupted.
    /// </summary>
    Task OnRunStartAsync(IReadOnlyList<OptionValues> steps, ProbeContext context, CancellationToken cancellationToken);
}
