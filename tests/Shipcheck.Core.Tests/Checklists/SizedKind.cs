using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Checklists;

/// <summary>A check kind with a Size option, which no built-in kind has yet: for the loader's handling of sizes.</summary>
internal sealed class SizedKind : ICheckKind
{
    public const string LimitOption = "limit";

    public string Name => "sized";

    public string Description => "Has a size option.";

    public string? ShorthandOption => LimitOption;

    public IReadOnlyList<OptionSpec> Options { get; } = [new(LimitOption, OptionType.Size, "A size.")];

    public ObservationSchema Observations { get; } = new(("ok", ValueKind.Bool, "Always true."));

    public string DefaultExpectation => "ok";

    public string? CaptureObservation => null;

    public TimeSpan DefaultTimeout => TimeSpan.FromSeconds(1);

    public void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
    }

    public IProbe CreateProbe(OptionValues options) => throw new NotSupportedException("the loader's tests never run a sized step");
}
