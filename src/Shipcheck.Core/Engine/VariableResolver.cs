using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Engine;

/// <summary>
/// Resolves <c>vars:</c>. Entries are meant to use earlier ones, but a reference to a later entry is resolved first
/// rather than rejected, so the only dead ends are names nobody defines and cycles.
/// </summary>
internal sealed class VariableResolver : IVariableSource
{
    private readonly Dictionary<string, VariableDefinition> _declared;
    private readonly IReadOnlyDictionary<string, string> _known;
    private readonly IReadOnlyDictionary<string, string> _overrides;
    private readonly Func<string, string?> _environment;
    private readonly List<Diagnostic> _problems;
    private readonly Dictionary<string, string> _resolved = new(StringComparer.Ordinal);
    private readonly List<string> _path = [];

    /// <param name="declared">The <c>vars:</c> entries.</param>
    /// <param name="known">Values available before any var: built-ins and secrets.</param>
    /// <param name="overrides">Values that replace a var's template (<c>--var</c>, <c>--version</c>).</param>
    /// <param name="environment">The runner's environment, for <c>${env.NAME}</c>.</param>
    /// <param name="problems">Where unresolvable references and cycles are reported.</param>
    public VariableResolver(IReadOnlyList<VariableDefinition> declared, IReadOnlyDictionary<string, string> known,
        IReadOnlyDictionary<string, string> overrides, Func<string, string?> environment, List<Diagnostic> problems)
    {
        _declared = declared.GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _known = known;
        _overrides = overrides;
        _environment = environment;
        _problems = problems;
    }

    /// <summary>The value of <paramref name="variable"/>, resolving what it refers to first.</summary>
    public string Resolve(VariableDefinition variable)
    {
        if (_resolved.TryGetValue(variable.Name, out var done))
        {
            return done;
        }
        if (_overrides.TryGetValue(variable.Name, out var given))
        {
            return _resolved[variable.Name] = given;
        }
        _path.Add(variable.Name);
        foreach (var reference in variable.Value.Variables.Select(v => v.Name).Distinct(StringComparer.Ordinal))
        {
            ResolveReference(variable, reference);
        }
        _path.RemoveAt(_path.Count - 1);
        return _resolved.TryGetValue(variable.Name, out var inCycle) ? inCycle : _resolved[variable.Name] = variable.Value.Render(this);
    }

    private void ResolveReference(VariableDefinition variable, string reference)
    {
        // `environment: ${environment}-eu` means the built-in, not itself.
        var isSelf = reference == variable.Name;
        if (_declared.TryGetValue(reference, out var other) && !(isSelf && _known.ContainsKey(reference)))
        {
            var start = _path.IndexOf(reference);
            if (start >= 0)
            {
                ReportCycle(variable, start);
                return;
            }
            Resolve(other);
            return;
        }
        if (!_known.ContainsKey(reference))
        {
            _problems.Add(PreparationProblems.UnresolvedReference(variable, reference, _known.Keys.Concat(_declared.Keys)));
        }
    }

    private void ReportCycle(VariableDefinition variable, int start)
    {
        var cycle = _path.Skip(start).Append(_path[start]).ToList();
        _problems.Add(PreparationProblems.Cycle(variable, cycle));
        // Every member resolves to empty text, so one cycle is reported once and not once per member.
        foreach (var name in cycle)
        {
            _resolved[name] = "";
        }
    }

    string? IVariableSource.Variable(string name) =>
        _resolved.TryGetValue(name, out var value) ? value : _known.TryGetValue(name, out var builtIn) ? builtIn : null;

    string? IVariableSource.Environment(string name) => _environment(name);
}
