using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Gates.Signoffs;

/// <summary>Where in a run a sign-off point holds it: after pre, before deploy; or before the run counts as succeeded.</summary>
public enum SignoffMoment
{
    /// <summary><c>before: deploy</c>: after pre passed, before any deploy step.</summary>
    Deploy,
    /// <summary><c>before: completion</c>: after verify and stability passed, before the run counts as succeeded.</summary>
    Completion,
}

/// <summary>One entry of <c>signoffs:</c>: N of these roles must sign off before the run goes past <see cref="Before"/>.</summary>
public sealed record SignoffPoint
{
    /// <summary>The point the run waits at.</summary>
    public required SignoffMoment Before { get; init; }

    /// <summary>The roles that may sign off, as written (compared ignoring case).</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>How many distinct roles must sign off (N of M); all of them when the checklist does not say.</summary>
    public required int Required { get; init; }

    /// <summary>How long a run waits for the missing sign-offs before it ends blocked; zero: not at all.</summary>
    public TimeSpan Wait { get; init; }

    /// <summary><c>allow_self: true</c>: whoever started the run may sign off for it (four-eyes is off).</summary>
    public bool AllowSelf { get; init; }

    /// <summary>Where it is declared.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>The word for <paramref name="moment"/> as the checklist writes it.</summary>
    public static string KeyOf(SignoffMoment moment) => moment == SignoffMoment.Deploy ? "deploy" : "completion";
}
