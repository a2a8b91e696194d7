using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Processes;

/// <summary><c>process</c>: finds a process by pid file, name or systemd unit and observes its uptime, memory and CPU.</summary>
/// <remarks>
/// Linux only: it reads <c>/proc</c> directly. The namespace is <c>Processes</c> so that <c>Process</c> keeps meaning
/// <see cref="System.Diagnostics.Process"/> in sibling namespaces.
/// </remarks>
public sealed class ProcessKind : IRemoteCheckKind
{
    internal const string PidFileOption = "pid_file";
    internal const string NameOption = "name";
    internal const string UnitOption = "unit";
    internal const string WindowOption = "window";

    /// <inheritdoc/>
    public string Name => "process";

    /// <inheritdoc/>
    public string Description => "Finds a process by pid file, name or systemd unit; observes whether it runs, its uptime, memory and CPU (Linux).";

    /// <inheritdoc/>
    public string? ShorthandOption => NameOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(PidFileOption, OptionType.Text, "A file holding the pid, relative to the checklist's folder (on a host: to the remote user's home)."),
        new(NameOption, OptionType.Text, "Processes whose command name equals this or whose command line contains it; the oldest is observed."),
        new(UnitOption, OptionType.Text, "A systemd unit, asked through systemctl."),
        new(WindowOption, OptionType.Duration, "Sample memory at the start and again after this long; the difference is 'rss_growth'."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        ("running", ValueKind.Bool, "True when the process exists and is not a zombie."),
        ("pid", ValueKind.Number, "The observed process's id; null when not running."),
        ("count", ValueKind.Number, "How many processes match (0 or 1 for a pid file or unit)."),
        ("uptime", ValueKind.Duration, "How long the process has been running; null when not running."),
        ("rss", ValueKind.Size, "Resident memory (VmRSS); null when not running."),
        ("cpu", ValueKind.Number, "Percent of one core, averaged over the process's life; null when not running."),
        ("rss_growth", ValueKind.Size, "Resident memory at the end of the window minus at its start (may be negative); 0 without a window."),
        ("active", ValueKind.String, "The systemd ActiveState for a unit (\"active\", \"failed\"); empty otherwise."));

    /// <inheritdoc/>
    public string DefaultExpectation => "running";

    /// <inheritdoc/>
    public string? CaptureObservation => "pid";

    /// <inheritdoc/>
    /// <remarks>
    /// Generous because a <c>window</c> is spent inside the probe and the default cannot see it; a window near an hour
    /// or longer needs an explicit step <c>timeout</c>.
    /// </remarks>
    public TimeSpan DefaultTimeout => TimeSpan.FromHours(1) + TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics) => ProcessOptionRules.Check(options, diagnostics);

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new ProcessProbe(ProcessOptions.From(options));

    /// <inheritdoc/>
    public IProbe CreateRemoteProbe(OptionValues options, HostDefinition host) => new ProcessProbe(ProcessOptions.From(options), new RemoteProcesses(host));
}
