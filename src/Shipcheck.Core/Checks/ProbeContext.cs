using Shipcheck.Core.Checklists;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Checks;

/// <summary>What a probe may use while it observes: the clock, the variables, the working folder, a prompt.</summary>
public sealed class ProbeContext
{
    /// <summary>The clock; probes never read <see cref="DateTime.Now"/>.</summary>
    public required TimeProvider Time { get; init; }

    /// <summary>Relative paths in options are relative to this folder (the checklist's folder).</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>Values for templates.</summary>
    public required IVariableSource Variables { get; init; }

    /// <summary>
    /// Environment variables a shell command gets on top of the runner's: <c>SHIPCHECK_VAR_name</c> for every variable,
    /// so that <see cref="Template.RenderForShell"/> text can refer to them.
    /// </summary>
    public required IReadOnlyDictionary<string, string> ShellEnvironment { get; init; }

    /// <summary>Asks a person to confirm manual items.</summary>
    public required IConfirmationPrompt Prompt { get; init; }

    /// <summary>The run so far (for steps that write the record somewhere, like <c>history</c>).</summary>
    public required Func<RunRecord> RunSoFar { get; init; }

    /// <summary>The step's display name.</summary>
    public required string StepName { get; init; }

    /// <summary>
    /// The texts the step's expectations count with <c>count("text")</c>, so a <c>logs</c> probe knows which lines to
    /// count; plain case-sensitive substrings.
    /// </summary>
    public IReadOnlyList<string> CountedPatterns { get; init; } = [];

    /// <summary>
    /// How long one observation may take (the step's <c>timeout</c>), or <see cref="Timeout.InfiniteTimeSpan"/> for no
    /// limit. The step's cancellation enforces it; a probe reads it only to tell a server or tool how long it may work (a
    /// Prometheus query's own <c>timeout</c>, <c>kubectl --request-timeout</c>), so it gives up, and says so, before the step does.
    /// </summary>
    public TimeSpan StepTimeout { get; init; } = Timeout.InfiniteTimeSpan;

    /// <summary>What kinds remember for the length of the run; the engine gives every step of a run the same one.</summary>
    public RunState RunState { get; init; } = new();

    /// <summary>Renders a template with the current variable values.</summary>
    public string Render(Template template) => template.Render(Variables);

    /// <summary>Resolves a possibly relative path against <see cref="WorkingDirectory"/>.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
