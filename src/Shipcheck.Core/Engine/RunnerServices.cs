using Shipcheck.Core.Checks;
using Shipcheck.Core.Gates.Locks;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

/// <summary>What a <see cref="ChecklistRunner"/> works with: the clock, the store, who watches, who confirms.</summary>
/// <param name="Time">The clock for timestamps, timeouts, retries and stability rounds.</param>
/// <param name="Store">Where every step is written the moment it ends.</param>
/// <param name="Observer">Live progress; its exceptions are caught and ignored.</param>
/// <param name="Prompt">Answers <c>confirm</c> steps.</param>
public sealed record RunnerServices(TimeProvider Time, IRunStore Store, IRunObserver Observer, IConfirmationPrompt Prompt)
{
    /// <summary>Where <c>lock:</c> is taken; a checklist with a lock cannot run without it.</summary>
    public SqliteRunLocks? Locks { get; init; }

    /// <summary>Offers steps to a person before they run (an interactive Markdown run); null runs every step.</summary>
    public IStepOffer? Offer { get; init; }
}
