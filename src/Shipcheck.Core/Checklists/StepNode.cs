using Shipcheck.Core.Checks;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checklists;

/// <summary>An entry of a phase: one step, or a group of steps that run together.</summary>
public abstract record StepNode(SourceSpan Span);

/// <summary><c>parallel:</c>: steps that run at the same time; the group fails when any of them fails.</summary>
public sealed record ParallelGroup(IReadOnlyList<StepDefinition> Steps, SourceSpan Span) : StepNode(Span);

/// <summary>An expectation as written, parsed and type-checked.</summary>
public sealed record ExpectationDefinition(Expression Expression, SourceSpan Span);

/// <summary><c>retry: {attempts, every}</c>: run the probe again when the expectations fail.</summary>
public sealed record RetryPolicy(int Attempts, TimeSpan Every);

/// <summary><c>capture: NAME</c>: store a value of the step in a variable.</summary>
/// <param name="Name">The variable to set.</param>
/// <param name="Value">Which value: an expression over the observations, or null for the kind's capture observation.</param>
/// <param name="Secret">True when the captured value must be masked like a secret.</param>
public sealed record CaptureDefinition(string Name, Expression? Value, bool Secret);

/// <summary>One step of a phase.</summary>
public sealed record StepDefinition(SourceSpan Span) : StepNode(Span)
{
    /// <summary>The display name: given with <c>name:</c>, or made from the kind and its target.</summary>
    public required string Name { get; init; }

    /// <summary>The check kind.</summary>
    public required ICheckKind Kind { get; init; }

    /// <summary>The kind's options, checked.</summary>
    public required OptionValues Options { get; init; }

    /// <summary>The expectations; the kind's default when the step gave none.</summary>
    public required IReadOnlyList<ExpectationDefinition> Expectations { get; init; }

    /// <summary><c>retry:</c>, if given.</summary>
    public RetryPolicy? Retry { get; init; }

    /// <summary><c>until:</c>: keep checking until the expectations hold or this much time has passed.</summary>
    public TimeSpan? Until { get; init; }

    /// <summary>Pause between checks for <c>until:</c> (<c>every:</c>, default 2s).</summary>
    public TimeSpan Every { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The time one probe may take; the kind's default when not given.</summary>
    public required TimeSpan Timeout { get; init; }

    /// <summary><c>when:</c>: run only if this holds; identifiers are variables.</summary>
    public Expression? When { get; init; }

    /// <summary><c>capture:</c>, if given.</summary>
    public CaptureDefinition? Capture { get; init; }

    /// <summary><c>severity: warn</c>: a failure is a warning and does not fail the run.</summary>
    public bool WarnOnly { get; init; }

    /// <summary><c>on:</c>: the host the step runs on through ssh; null to run here.</summary>
    public HostDefinition? Host { get; init; }

    /// <summary>
    /// <c>irreversible: true</c>: once this step has run (a schema migration), rolling back is no longer automatic but
    /// a person's decision, unless the checklist says <c>rollback_after_irreversible: allow</c>.
    /// </summary>
    public bool Irreversible { get; init; }

    /// <summary>The step's probe: the kind's local one, or its remote one when the step runs <c>on:</c> a host.</summary>
    /// <exception cref="InvalidOperationException">The step has a host but its kind cannot run remotely (the loader never lets that through).</exception>
    public IProbe CreateProbe() => Host switch
    {
        null => Kind.CreateProbe(Options),
        _ when Kind is IRemoteCheckKind remote => remote.CreateRemoteProbe(Options, Host),
        _ => throw new InvalidOperationException($"'{Kind.Name}' steps cannot run on a host"),
    };
}
