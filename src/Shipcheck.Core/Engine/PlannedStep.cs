using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Engine;

/// <summary>A step of a <see cref="RunPlan"/>: what it would do and how it would be judged.</summary>
/// <param name="Name">The step's name.</param>
/// <param name="Kind">Its check kind (<c>http</c>).</param>
/// <param name="Target">One line on what it acts on, variables filled in and secrets masked: the command, the URL.</param>
/// <param name="Expectations">The expectations as written.</param>
public sealed record PlannedStep(string Name, string Kind, string Target, IReadOnlyList<string> Expectations)
{
    /// <summary>The time one attempt may take; null for none.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary><c>retry:</c>, if given.</summary>
    public RetryPolicy? Retry { get; init; }

    /// <summary><c>until:</c>, if given.</summary>
    public TimeSpan? Until { get; init; }

    /// <summary>The pause between checks within <see cref="Until"/>; null without <c>until</c>.</summary>
    public TimeSpan? Every { get; init; }

    /// <summary>The <c>when:</c> condition as written, if any.</summary>
    public string? When { get; init; }

    /// <summary>The variable a <c>capture:</c> sets, if any.</summary>
    public string? Capture { get; init; }

    /// <summary>True when the captured value is a secret.</summary>
    public bool CaptureIsSecret { get; init; }

    /// <summary>True for <c>severity: warn</c>.</summary>
    public bool WarnOnly { get; init; }

    /// <summary>The <c>parallel:</c> group (from 1, within its phase) the step belongs to; null outside a group.</summary>
    public int? Group { get; init; }

    /// <summary>True for <c>irreversible: true</c>: once it ran, rolling back needs a person (or <c>rollback_after_irreversible: allow</c>).</summary>
    public bool Irreversible { get; init; }

    /// <summary>The host the step runs on (<c>on:</c>); null for this machine.</summary>
    public string? Host { get; init; }

    /// <summary>The canary stage the step belongs to; null outside a <c>canary:</c>.</summary>
    public string? Stage { get; init; }

    /// <summary>For a check of a canary stage's analysis, the analysis window; null for every other step.</summary>
    public PlannedAnalysis? Analysis { get; init; }

    internal static IEnumerable<PlannedStep> FromCanary(CanaryDefinition canary, DisplayVariables display, ref int group)
    {
        var steps = new List<PlannedStep>();
        foreach (var stage in canary.Stages)
        {
            var name = display.Mask(stage.Name);
            foreach (var node in stage.Steps)
            {
                int? inGroup = node is ParallelGroup ? ++group : null;
                steps.AddRange(StepNodes.Flatten(node).Select(s => From(s, display, inGroup) with { Stage = name }));
            }
            if (stage.Analysis is { } a)
            {
                var window = new PlannedAnalysis(a.For, a.Every, a.FailureLimit, a.ConsecutiveSuccesses);
                steps.AddRange(a.Checks.Select(c => From(c, display, null) with { Stage = name, Analysis = window }));
            }
        }
        return steps;
    }

    internal static PlannedStep From(StepDefinition step, DisplayVariables display, int? group) =>
        new(display.Mask(step.Name), step.Kind.Name, StepTargets.Describe(step, display), [.. step.Expectations.Select(e => e.Expression.Source)])
        {
            Timeout = step.Timeout > TimeSpan.Zero ? step.Timeout : null,
            Retry = step.Retry,
            Until = step.Until,
            Every = step.Until is null ? null : step.Every,
            When = step.When?.Source,
            Capture = step.Capture?.Name,
            CaptureIsSecret = step.Capture?.Secret ?? false,
            WarnOnly = step.WarnOnly,
            Irreversible = step.Irreversible,
            Group = group,
            Host = step.Host?.Name,
        };
}
