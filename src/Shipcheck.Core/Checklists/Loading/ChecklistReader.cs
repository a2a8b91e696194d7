using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Gates;
using Shipcheck.Core.Gates.Freeze;
using Shipcheck.Core.Gates.Signoffs;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Reads the top level of a checklist document into a <see cref="Checklist"/>, reporting every problem.</summary>
internal sealed class ChecklistReader(YamlContext ctx, IReadOnlyList<ICheckKind> kinds, LoadSettings settings)
{
    public Checklist? Read(YamlNode root, string fullPath)
    {
        var entries = MappingReader.Read(ctx, root, "", "the checklist", TopLevelKeys.All);
        if (entries is null)
        {
            return null;
        }
        var service = entries.TryGetValue(TopLevelKeys.Service, out var serviceEntry)
            ? ScalarReader.Text(ctx, serviceEntry.Value, serviceEntry.Path)
            : Missing(root, TopLevelKeys.Service, "name the service being deployed, such as service: stock-monitoring");
        var environment = entries.TryGetValue(TopLevelKeys.Environment, out var envEntry)
            ? ScalarReader.Text(ctx, envEntry.Value, envEntry.Path)
            : null;
        var runLock = entries.TryGetValue(TopLevelKeys.Lock, out var lockEntry)
            ? ScalarReader.Text(ctx, lockEntry.Value, lockEntry.Path)
            : null;
        var vars = VariablesReader.ReadVars(ctx, entries.GetValueOrDefault(TopLevelKeys.Vars));
        var secrets = VariablesReader.ReadSecrets(ctx, entries.GetValueOrDefault(TopLevelKeys.Secrets), vars);
        var fixedNames = new HashSet<string>(BuiltinVariables.Descriptions.Keys.Concat(secrets.Select(s => s.Name)), StringComparer.Ordinal);
        var orderedVars = VariableGraph.Order(ctx, vars, fixedNames);
        var known = new HashSet<string>(fixedNames.Concat(vars.Select(v => v.Name)), StringComparer.Ordinal);
        var captures = AddCaptures(entries, known);
        ctx.Variables = new LoadTimeVariables(settings, vars, secrets.Select(s => s.Name), captures, service ?? "", environment, Checklist.DirectoryOf(fullPath));
        var hosts = new HostsReader(ctx, known).Read(entries.GetValueOrDefault(TopLevelKeys.Hosts));

        var stepReader = new StepReader(ctx, kinds, known, hosts);
        var phases = new Dictionary<Phase, IReadOnlyList<StepNode>>();
        foreach (var (key, phase) in TopLevelKeys.StepPhases)
        {
            if (entries.TryGetValue(key, out var phaseEntry))
            {
                phases[phase] = PhaseReader.Read(ctx, stepReader, phaseEntry);
            }
        }
        var stability = entries.TryGetValue(TopLevelKeys.Stability, out var stabilityEntry)
            ? StabilityReader.Read(ctx, stabilityEntry, phases.GetValueOrDefault(Phase.Verify) ?? [])
            : null;
        var freezes = FreezeReader.Read(ctx, entries.GetValueOrDefault(GateKeys.Freeze), Checklist.DirectoryOf(fullPath));
        var signoffs = SignoffsReader.Read(ctx, entries.GetValueOrDefault(GateKeys.Signoffs));
        var rollbackAfterIrreversible = entries.TryGetValue(TopLevelKeys.RollbackAfterIrreversible, out var afterEntry)
            ? ScalarReader.OneOf(ctx, afterEntry, TopLevelKeys.RollbackAfterIrreversibleValues)
            : null;
        var notify = new NotifyReader(ctx, known).Read(entries.GetValueOrDefault(TopLevelKeys.Notify));
        // Rollback runs only after a failure, so steps there alone would make a run that does nothing.
        if (!phases.Where(p => p.Key != Phase.Rollback).Any(p => p.Value.Count > 0) && !ctx.Diagnostics.HasErrors)
        {
            ctx.Report(LoadErrors.NothingToDo(ctx.Span(root, "")));
        }
        if (ctx.Diagnostics.HasErrors || service is null)
        {
            return null;
        }
        return new Checklist
        {
            FilePath = fullPath,
            Service = service,
            Environment = environment,
            Variables = orderedVars,
            Secrets = secrets,
            Hosts = hosts,
            Phases = phases,
            Stability = stability,
            Freezes = freezes,
            Signoffs = signoffs,
            Lock = runLock,
            Notify = notify,
            RollbackAfterIrreversibleAllowed = rollbackAfterIrreversible == "allow",
            ResolvedAtLoad = ctx.Variables.Used,
        };
    }

    private string? Missing(YamlNode root, string key, string hint)
    {
        ctx.Report(LoadErrors.MissingKey(ctx.Span(root, ""), key, "a checklist", hint));
        return null;
    }

    /// <summary>Adds every capture name to <paramref name="known"/>, and returns them.</summary>
    private HashSet<string> AddCaptures(Dictionary<string, YamlEntry> entries, HashSet<string> known)
    {
        var phaseLists = TopLevelKeys.StepPhases
            .Where(p => entries.ContainsKey(p.Key))
            .Select(p => (p.Key, entries[p.Key].Value));
        var captured = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, node, path) in CaptureScanner.Scan(phaseLists))
        {
            if (known.Contains(name) && !captured.Contains(name))
            {
                ctx.Report(LoadErrors.NameTaken(ctx.Span(node, path), name, "a variable, secret or built-in; a capture needs a name of its own"));
            }
            captured.Add(name);
        }
        captured.RemoveWhere(name => !Template.IsName(name));
        known.UnionWith(captured);
        return captured;
    }
}
