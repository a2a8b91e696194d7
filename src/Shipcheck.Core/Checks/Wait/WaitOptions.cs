namespace Shipcheck.Core.Checks.Wait;

/// <summary>What a <c>wait</c> step asks for.</summary>
/// <param name="Duration">How long to wait.</param>
public sealed record WaitOptions(TimeSpan Duration)
{
    /// <summary>Reads the options of a validated step.</summary>
    public static WaitOptions From(OptionValues options) => new(options.Get(WaitKind.DurationOption, TimeSpan.Zero));
}
