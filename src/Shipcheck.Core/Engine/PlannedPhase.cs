using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Engine;

/// <summary>A phase of a <see cref="RunPlan"/>.</summary>
/// <param name="Phase">Which phase.</param>
/// <param name="Concurrent">True when its steps run at the same time (verify).</param>
/// <param name="Steps">Its steps in order; members of a <c>parallel:</c> group share a <see cref="PlannedStep.Group"/>;
/// the steps of a canary stage carry its <see cref="PlannedStep.Stage"/>.</param>
public sealed record PlannedPhase(Phase Phase, bool Concurrent, IReadOnlyList<PlannedStep> Steps)
{
    internal static PlannedPhase From(Phase phase, IReadOnlyList<StepNode> nodes, DisplayVariables display)
    {
        var steps = new List<PlannedStep>();
        var group = 0;
        foreach (var node in nodes)
        {
            switch (node)
            {
                case StepDefinition step:
                    steps.Add(PlannedStep.From(step, display, null));
                    break;
                case ParallelGroup parallel:
                    group++;
                    steps.AddRange(parallel.Steps.Select(s => PlannedStep.From(s, display, group)));
                    break;
                case CanaryDefinition canary:
                    steps.AddRange(PlannedStep.FromCanary(canary, display, ref group));
                    break;
            }
        }
        return new PlannedPhase(phase, phase == Phase.Verify, steps);
    }
}
