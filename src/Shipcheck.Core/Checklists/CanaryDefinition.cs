namespace Shipcheck.Core.Checklists;

/// <summary>
/// <c>canary:</c> in deploy: stages that shift traffic step by step, each followed by an analysis window. The run
/// promotes stage by stage; a failed analysis fails deploy, so the run rolls back.
/// </summary>
/// <param name="Stages">The stages, in order.</param>
/// <param name="Span">Where it is declared.</param>
public sealed record CanaryDefinition(IReadOnlyList<CanaryStage> Stages, SourceSpan Span) : StepNode(Span)
{
    /// <summary>Every step of every stage: traffic steps, then analysis checks, stage by stage.</summary>
    public IEnumerable<StepDefinition> AllSteps =>
        Stages.SelectMany(s => s.Steps.SelectMany(StepNodes.Flatten).Concat(s.Analysis?.Checks ?? []));
}

/// <summary>One stage of a canary: its traffic-shift steps, then its analysis.</summary>
/// <param name="Name">The stage's name (<c>10%</c>); recorded steps carry it as a prefix of their names.</param>
/// <param name="Steps">The traffic-shift steps (any kind; a <c>parallel:</c> group too), run in order.</param>
/// <param name="Analysis">The analysis window; null promotes once the steps passed.</param>
/// <param name="Span">Where it is declared.</param>
public sealed record CanaryStage(string Name, IReadOnlyList<StepNode> Steps, CanaryAnalysis? Analysis, SourceSpan Span);

/// <summary>
/// <c>analysis:</c> of a stage: all <paramref name="Checks"/> together, after each pause of <paramref name="Every"/>,
/// for up to <paramref name="For"/>.
/// </summary>
/// <param name="For">The longest the analysis watches.</param>
/// <param name="Every">The pause before each round.</param>
/// <param name="FailureLimit">How many failed rounds are tolerated; one more fails the stage (default 0).</param>
/// <param name="ConsecutiveSuccesses">
/// Rounds in a row that must pass: the stage promotes as soon as they have. 0 (the default) watches the whole window.
/// </param>
/// <param name="Checks">The checks of each round: metric gates (<c>promql</c>, <c>metrics</c>, <c>http</c>) or any kind.</param>
/// <param name="Span">Where it is declared.</param>
public sealed record CanaryAnalysis(TimeSpan For, TimeSpan Every, int FailureLimit, int ConsecutiveSuccesses,
    IReadOnlyList<StepDefinition> Checks, SourceSpan Span);
