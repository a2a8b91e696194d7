using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Wait;

/// <summary><c>wait</c>: waits a fixed time, for example to let a service settle after a deploy.</summary>
public sealed class WaitKind : ICheckKind
{
    internal const string DurationOption = "duration";

    /// <inheritdoc/>
    public string Name => "wait";

    /// <inheritdoc/>
    public string Description => "Waits a fixed time.";

    /// <inheritdoc/>
    public string? ShorthandOption => DurationOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(DurationOption, OptionType.Duration, "How long to wait (2s, 1m).") { Required = true },
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        ("waited", ValueKind.Duration, "How long the step actually waited."));

    /// <inheritdoc/>
    public string DefaultExpectation => "true";

    /// <inheritdoc/>
    public string? CaptureObservation => null;

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => Timeout.InfiniteTimeSpan;

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
        // The generic check already rejects what is not a duration; a wait has nothing else to get wrong.
    }

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new WaitProbe(WaitOptions.From(options));
}
