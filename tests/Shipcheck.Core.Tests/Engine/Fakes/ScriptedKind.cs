using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Engine.Fakes;

/// <summary>
/// A check kind for the engine's tests: its probe is a <see cref="ScriptedProbe"/> handed over in the options, which
/// plays back what the test queued. Observes <c>ok</c>, <c>value</c> (the capture observation) and <c>n</c>.
/// </summary>
internal sealed class ScriptedKind(string name = "scripted") : ICheckKind
{
    public const string ScriptOption = "script";
    public const string TargetOption = "target";

    public static ScriptedKind Instance { get; } = new();

    public string Name => name;

    public string Description => "Plays back observations queued by a test.";

    public string? ShorthandOption => TargetOption;

    public IReadOnlyList<OptionSpec> Options { get; } = [new(TargetOption, OptionType.Text, "What the step pretends to act on.")];

    public ObservationSchema Observations { get; } = new(
        ("ok", ValueKind.Bool, "Whether the scripted check holds."),
        ("value", ValueKind.String, "A value to capture."),
        ("n", ValueKind.Number, "A number."));

    public string DefaultExpectation => "ok";

    public string? CaptureObservation => "value";

    public TimeSpan DefaultTimeout => Timeout.InfiniteTimeSpan;

    public void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
    }

    public IProbe CreateProbe(OptionValues options) =>
        options.Get<ScriptedProbe?>(ScriptOption, null) ?? throw new InvalidOperationException("this scripted step has no script");
}
