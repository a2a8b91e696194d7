namespace Shipcheck.Core.Checklists;

/// <summary><c>stability: {for, every, repeat}</c>: re-run checks over a window; one failure fails the run.</summary>
/// <param name="For">How long to watch.</param>
/// <param name="Every">Pause between rounds.</param>
/// <param name="Repeat">The steps to repeat (by name), in verify order; all of verify for <c>repeat: verify</c>.</param>
/// <param name="Span">Where it is declared.</param>
public sealed record StabilityDefinition(TimeSpan For, TimeSpan Every, IReadOnlyList<StepDefinition> Repeat, SourceSpan Span);
