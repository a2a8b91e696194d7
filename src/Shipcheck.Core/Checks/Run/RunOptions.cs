using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Run;

/// <summary>What a <c>run</c> step asks for.</summary>
/// <param name="Command">The shell command; references reach the shell as environment variables.</param>
/// <param name="Shell">The shell that runs it (<c>&lt;shell&gt; -c &lt;command&gt;</c>); null for the default.</param>
/// <param name="WorkingDirectory">Where it runs, relative to the checklist's folder; null for that folder.</param>
/// <param name="Environment">Extra environment variables, rendered before the command starts.</param>
public sealed record RunOptions(
    Template Command,
    Template? Shell,
    Template? WorkingDirectory,
    IReadOnlyDictionary<string, Template> Environment)
{
    /// <summary>Reads the options of a validated step.</summary>
    public static RunOptions From(OptionValues options) => new(
        options.Text(RunKind.CommandOption) ?? Template.Literal(""),
        options.Text(RunKind.ShellOption),
        options.Text(RunKind.CwdOption),
        options.TextMap(RunKind.EnvOption));
}
