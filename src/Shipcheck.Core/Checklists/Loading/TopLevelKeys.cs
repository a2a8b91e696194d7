using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>The keys of a checklist's top level.</summary>
internal static class TopLevelKeys
{
    public const string Service = "service";
    public const string Environment = "environment";
    public const string Vars = "vars";
    public const string Secrets = "secrets";
    public const string Hosts = "hosts";
    public const string Stability = "stability";
    public const string Lock = "lock";
    public const string Notify = "notify";
    public const string RollbackAfterIrreversible = "rollback_after_irreversible";

    /// <summary>The values of <c>rollback_after_irreversible:</c>; the first is the default.</summary>
    public static IReadOnlyList<string> RollbackAfterIrreversibleValues { get; } = ["ask", "allow"];

    /// <summary>The phases that hold steps, by key, in run order.</summary>
    public static IReadOnlyList<(string Key, Phase Phase)> StepPhases { get; } =
    [
        ("pre", Phase.Pre), ("deploy", Phase.Deploy), ("verify", Phase.Verify), ("post", Phase.Post), ("rollback", Phase.Rollback),
    ];

    public static IReadOnlyList<string> All { get; } =
        [Service, Environment, Vars, Secrets, Hosts, .. StepPhases.Select(p => p.Key), Stability, Gates.GateKeys.Freeze, Gates.GateKeys.Signoffs, Lock, Notify, RollbackAfterIrreversible];

    public static IReadOnlyList<string> StabilityKeys { get; } = ["for", "every", "repeat"];
}
