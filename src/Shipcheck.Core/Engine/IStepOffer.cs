using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Engine;

/// <summary>
/// Offers a step to a person before it runs: run it, run an edited command, skip it, or mark it done by hand. An
/// interactive Markdown run uses it for every shell block; a YAML run and <c>--auto</c> have none, and every step runs.
/// </summary>
public interface IStepOffer
{
    /// <summary>True for the steps a person is offered (the others run as usual).</summary>
    bool Offers(StepDefinition step);

    /// <summary>Asks about <paramref name="step"/>, about to run in <paramref name="phase"/>, and returns the choice.</summary>
    Task<StepOfferAnswer> OfferAsync(StepDefinition step, Phase phase, CancellationToken cancellationToken);
}

/// <summary>What a person chose for an offered step.</summary>
public enum StepChoice
{
    /// <summary>Run it as written.</summary>
    Run,
    /// <summary>Run <see cref="StepOfferAnswer.Command"/> instead.</summary>
    Edit,
    /// <summary>Do not run it; recorded as skipped.</summary>
    Skip,
    /// <summary>Done by hand, outside Shipcheck; recorded as passed, with who said so, and never as evidence.</summary>
    MarkDone,
    /// <summary>No answer came (the terminal closed): not run, and recorded as an error, so the run stops there.</summary>
    NoAnswer,
}

/// <summary>A choice, who made it, and the edited command for <see cref="StepChoice.Edit"/>.</summary>
public sealed record StepOfferAnswer(StepChoice Choice, string By, string? Command = null);
