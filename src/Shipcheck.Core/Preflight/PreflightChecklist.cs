using Shipcheck.Core.Checklists;
using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Preflight;

/// <summary>What <c>shipcheck preflight</c> runs: a checklist's <c>pre</c> phase, every check to its end.</summary>
public static class PreflightChecklist
{
    /// <summary>The file name the built-in checks are loaded as, in the repository: relative paths resolve there.</summary>
    public const string BuiltinFileName = "shipcheck-preflight.yaml";

    /// <summary>How diagnostics name the built-in checks.</summary>
    public const string BuiltinDisplayName = "(built-in preflight)";

    /// <summary>The five checks of seed 004, in its order, each with its defaults.</summary>
    public static IReadOnlyList<string> BuiltinKinds { get; } = ["release_tag", "migrations", "secrets", "artifacts", "runbook"];

    /// <summary>
    /// The built-in preflight as checklist text, so it goes through the same loader as a team's own checklist:
    /// the five kinds with their defaults, on the repository the file is loaded in.
    /// </summary>
    public static string Builtin(string service, bool strict, bool online)
    {
        var text = new System.Text.StringBuilder();
        text.Append("# shipcheck preflight: the five T-1 checks, each with its defaults.\n");
        text.Append("service: ").Append(System.Text.Json.JsonSerializer.Serialize(service.Length == 0 ? "preflight" : service)).Append('\n');
        text.Append("pre:\n");
        foreach (var kind in BuiltinKinds)
        {
            text.Append("  - name: ").Append(kind).Append('\n');
            text.Append("    ").Append(kind).Append(":\n");
            foreach (var option in BuiltinOptions(kind, online))
            {
                text.Append("      ").Append(option).Append('\n');
            }
            if (strict)
            {
                text.Append("    expect: ").Append(Checks.Findings.FindingObservations.StrictExpectation).Append('\n');
            }
        }
        return text.ToString();
    }

    // secrets: the .env file and a scan of the whole tree. artifacts: hashes and reports, and verifies the version's
    // manifest when there is one; `shipcheck release` writes it with the tag, so it names the tagged commit.
    private static string[] BuiltinOptions(string kind, bool online) => kind switch
    {
        "secrets" => ["env: .env", "scan: [.]"],
        "artifacts" => ["manifest: releases/manifest_${version}.json"],
        "runbook" => online ? ["path: RUNBOOK.md", "online: true"] : ["path: RUNBOOK.md"],
        _ => ["path: ."],
    };

    /// <summary>
    /// <paramref name="checklist"/> with only its <c>pre</c> phase, whose steps run together as one group: a preflight
    /// is a report of every check, so one failure must not hide the others (in a run, pre stops at its first failure).
    /// Nothing is deployed, watched or rolled back; <c>post</c> does not run either.
    /// </summary>
    public static Checklist PreOnly(Checklist checklist)
    {
        var pre = checklist.StepsOf(Phase.Pre);
        var steps = pre.SelectMany(StepNodes.Flatten).ToList();
        var phases = new Dictionary<Phase, IReadOnlyList<StepNode>>();
        if (steps.Count > 0)
        {
            phases[Phase.Pre] = [new ParallelGroup(steps, pre[0].Span)];
        }
        // A record copy, so whatever else a checklist declares (hosts, secrets, and gates to come) carries over.
        return checklist with { Phases = phases, Stability = null };
    }
}
