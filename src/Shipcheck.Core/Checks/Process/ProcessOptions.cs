using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Processes;

/// <summary>What a <c>process</c> step asks for: one of a pid file, a name or a unit, and an optional window.</summary>
/// <param name="PidFile">A file holding the pid, relative to the checklist's folder.</param>
/// <param name="Name">A command name or part of a command line.</param>
/// <param name="Unit">A systemd unit.</param>
/// <param name="Window">How long to wait between two memory samples; null for one sample.</param>
public sealed record ProcessOptions(Template? PidFile, Template? Name, Template? Unit, TimeSpan? Window)
{
    /// <summary>Reads the options of a validated step.</summary>
    public static ProcessOptions From(OptionValues options) => new(
        options.Text(ProcessKind.PidFileOption),
        options.Text(ProcessKind.NameOption),
        options.Text(ProcessKind.UnitOption),
        options.Has(ProcessKind.WindowOption) ? options.Get(ProcessKind.WindowOption, TimeSpan.Zero) : null);
}
