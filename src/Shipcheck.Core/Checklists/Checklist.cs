using Shipcheck.Core.Engine;
using Shipcheck.Core.Gates.Freeze;
using Shipcheck.Core.Gates.Signoffs;

namespace Shipcheck.Core.Checklists;

/// <summary>A loaded, fully validated checklist. Nothing in it changes during a run.</summary>
public sealed record Checklist
{
    /// <summary>Full path of the file it was loaded from.</summary>
    public required string FilePath { get; init; }

    /// <summary>The key prefix of an environment variable in <see cref="ResolvedAtLoad"/> (<c>env.NAME</c>).</summary>
    public const string EnvironmentPrefix = "env.";

    /// <summary>The folder relative paths and commands are resolved against.</summary>
    public string Directory => DirectoryOf(FilePath);

    /// <summary>The service being deployed.</summary>
    public required string Service { get; init; }

    /// <summary>The environment (<c>production</c>), if given.</summary>
    public string? Environment { get; init; }

    /// <summary><c>vars:</c> in file order; values may refer to earlier-resolved variables.</summary>
    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];

    /// <summary><c>secrets:</c>: names of environment variables whose values are masked everywhere.</summary>
    public IReadOnlyList<SecretDefinition> Secrets { get; init; } = [];

    /// <summary><c>hosts:</c>: the hosts steps may name with <c>on:</c>, by name.</summary>
    public IReadOnlyDictionary<string, HostDefinition> Hosts { get; init; } = new Dictionary<string, HostDefinition>();

    /// <summary>The steps of each phase that has steps (<see cref="Phase.Stability"/> and <see cref="Phase.RollbackVerify"/> never do).</summary>
    public IReadOnlyDictionary<Phase, IReadOnlyList<StepNode>> Phases { get; init; } = new Dictionary<Phase, IReadOnlyList<StepNode>>();

    /// <summary><c>lock:</c>: the name of the lock a run holds from before <c>pre</c> to its end, if any.</summary>
    public string? Lock { get; init; }

    /// <summary>The stability window, if the checklist has one.</summary>
    public StabilityDefinition? Stability { get; init; }

    /// <summary><c>freeze:</c>: the windows in which a run is blocked (see docs/gates.md).</summary>
    public IReadOnlyList<FreezeWindow> Freezes { get; init; } = [];

    /// <summary><c>signoffs:</c>: the points at which a run waits for sign-offs (see docs/gates.md).</summary>
    public IReadOnlyList<SignoffPoint> Signoffs { get; init; } = [];

    /// <summary><c>notify:</c>: where the run's events are announced; empty when nobody is told.</summary>
    public IReadOnlyList<Notifications.NotifyTarget> Notify { get; init; } = [];

    /// <summary>
    /// <c>rollback_after_irreversible: allow</c>: a failure after an <c>irreversible</c> step rolls back automatically
    /// like any other. False (<c>ask</c>, the default): a person decides, and without one the run is not rolled back.
    /// </summary>
    public bool RollbackAfterIrreversibleAllowed { get; init; }

    /// <summary>
    /// The values durations and sizes written with <c>${name}</c> were resolved with when the checklist was loaded, by
    /// variable name (<c>env.NAME</c> for an environment variable). A run must have the same values.
    /// </summary>
    public IReadOnlyDictionary<string, string> ResolvedAtLoad { get; init; } = new Dictionary<string, string>();

    /// <summary>The folder of the checklist file at <paramref name="filePath"/>: <c>${checklist_dir}</c>.</summary>
    public static string DirectoryOf(string filePath) => Path.GetDirectoryName(filePath) ?? ".";

    /// <summary>The steps of <paramref name="phase"/>, empty when it has none.</summary>
    public IReadOnlyList<StepNode> StepsOf(Phase phase) => Phases.TryGetValue(phase, out var steps) ? steps : [];
}
