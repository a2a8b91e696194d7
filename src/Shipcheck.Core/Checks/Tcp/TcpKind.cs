using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Tcp;

/// <summary><c>tcp</c>: opens a TCP connection and observes whether it succeeded and how fast.</summary>
public sealed class TcpKind : ICheckKind
{
    internal const string AddressOption = "address";
    internal const string HostOption = "host";
    internal const string PortOption = "port";

    /// <inheritdoc/>
    public string Name => "tcp";

    /// <inheritdoc/>
    public string Description => "Opens a TCP connection; observes whether it connected and how long it took.";

    /// <inheritdoc/>
    public string? ShorthandOption => AddressOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(AddressOption, OptionType.Text, "host:port to connect to ([v6-address]:port for IPv6)."),
        new(HostOption, OptionType.Text, "The host, instead of address (with port)."),
        new(PortOption, OptionType.Text, "The port from 1 to 65535, instead of address (with host)."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        ("connected", ValueKind.Bool, "True when the connection was accepted."),
        ("latency", ValueKind.Duration, "Time until the connection was accepted or refused."),
        ("error", ValueKind.String, "Why it did not connect (\"connection refused\"); empty when connected."));

    /// <inheritdoc/>
    public string DefaultExpectation => "connected";

    /// <inheritdoc/>
    public string? CaptureObservation => null;

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromSeconds(10);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics) => TcpOptionRules.Check(options, diagnostics);

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new TcpProbe(TcpOptions.From(options));
}
