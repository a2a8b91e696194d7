namespace Shipcheck.Core.Checklists;

/// <summary>Helpers over the steps of a phase.</summary>
public static class StepNodes
{
    /// <summary>The steps of a phase entry, with a parallel group and a canary's stages opened up.</summary>
    public static IEnumerable<StepDefinition> Flatten(StepNode node) => node switch
    {
        StepDefinition step => [step],
        ParallelGroup group => group.Steps,
        CanaryDefinition canary => canary.AllSteps,
        _ => [],
    };
}
