using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Run;

/// <summary><c>run</c>: runs a shell command and observes its exit code and output.</summary>
public sealed class RunKind : IRemoteCheckKind
{
    /// <summary>The option that holds the command (the short form <c>run: CMD</c> sets it).</summary>
    public const string CommandOption = "command";
    internal const string ShellOption = "shell";
    internal const string CwdOption = "cwd";
    internal const string EnvOption = "env";

    /// <inheritdoc/>
    public string Name => "run";

    /// <inheritdoc/>
    public string Description => "Runs a shell command; observes its exit code, output and duration.";

    /// <inheritdoc/>
    public string? ShorthandOption => CommandOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(CommandOption, OptionType.Text, "The command; ${name} reaches the shell as the environment variable SHIPCHECK_VAR_name.") { Required = true },
        new(ShellOption, OptionType.Text, "The shell that runs the command as '<shell> -c <command>' (default bash, or sh where bash is missing)."),
        new(CwdOption, OptionType.Text, "The working directory, relative to the checklist's folder (on a host: to the remote user's home)."),
        new(EnvOption, OptionType.TextMap, "Extra environment variables for the command."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        ("exit_code", ValueKind.Number, "The command's exit code (128 + signal when killed by a signal)."),
        ("stdout", ValueKind.String, "Standard output, head and tail when long."),
        ("stderr", ValueKind.String, "Standard error, head and tail when long."),
        ("duration", ValueKind.Duration, "How long the command ran."));

    /// <inheritdoc/>
    public string DefaultExpectation => "exit_code == 0";

    /// <inheritdoc/>
    public string? CaptureObservation => "stdout";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromMinutes(10);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
        if (options.Text(CommandOption) is { IsLiteral: true } command && string.IsNullOrWhiteSpace(command.Source))
        {
            diagnostics.Add(options.SpanOf(CommandOption), "the command is empty", "write the shell command to run, for example 'run: ./deploy.sh'");
        }
        if (options.Text(ShellOption) is { } shell && string.IsNullOrWhiteSpace(shell.Source))
        {
            diagnostics.Add(options.SpanOf(ShellOption), "the shell is empty", $"name a shell such as bash or sh, or leave 'shell' out to use {DefaultShell.Name}");
        }
        foreach (var name in options.TextMap(EnvOption).Keys.Where(name => !Template.IsName(name)))
        {
            diagnostics.Add(options.SpanOf(EnvOption), $"'{name}' is not a valid environment variable name", "use letters, digits and '_', not starting with a digit");
        }
    }

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new RunProbe(RunOptions.From(options));

    /// <inheritdoc/>
    public IProbe CreateRemoteProbe(OptionValues options, HostDefinition host) => new RemoteRunProbe(RunOptions.From(options), host);
}
