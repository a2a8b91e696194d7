using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>
/// The values a duration or size written with <c>${name}</c> is resolved with while the checklist loads:
/// <c>vars:</c> entries with <c>--var</c> and <c>--version</c> applied, and the built-ins known before a run, resolved by
/// the <see cref="VariableResolver"/> a run uses. Secrets, captures and <c>run_id</c> are refused: their values come
/// later, or must never shape the plan.
/// </summary>
internal sealed partial class LoadTimeVariables
{
    private const string RunId = "run_id";

    private readonly Dictionary<string, VariableDefinition> _vars;
    private readonly IReadOnlyDictionary<string, string> _builtIns;
    private readonly IReadOnlyDictionary<string, string> _overrides;
    private readonly IReadOnlySet<string> _secrets;
    private readonly IReadOnlySet<string> _captures;
    private readonly LoadSettings _settings;
    private readonly VariableResolver _resolver;
    private readonly List<Diagnostic> _resolverProblems = [];
    private readonly Dictionary<string, string> _used = new(StringComparer.Ordinal);

    public LoadTimeVariables(LoadSettings settings, IReadOnlyList<VariableDefinition> vars, IEnumerable<string> secrets,
        IEnumerable<string> captures, string service, string? environment, string checklistDirectory)
    {
        _settings = settings;
        _vars = vars.GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _builtIns = VariableInputs.BuiltIns(service, environment, checklistDirectory, settings.Version, settings.User, settings.Host, runId: null);
        _overrides = VariableInputs.Overrides(vars, settings.Variables, settings.Version);
        _secrets = secrets.ToHashSet(StringComparer.Ordinal);
        _captures = captures.ToHashSet(StringComparer.Ordinal);
        _resolver = new VariableResolver(vars, _builtIns, _overrides, settings.Environment, _resolverProblems);
    }

    /// <summary>The values used so far, by name (<c>env.NAME</c> for the environment): <see cref="Checklist.ResolvedAtLoad"/>.</summary>
    public IReadOnlyDictionary<string, string> Used => _used;

    /// <summary>
    /// The text <paramref name="template"/> resolves to, or null when it cannot be known at load time (reported at
    /// <paramref name="span"/>). <paramref name="noun"/> names what the field holds: <c>duration</c>, <c>size</c>.
    /// </summary>
    public ResolvedScalar? Resolve(YamlContext ctx, Template template, SourceSpan span, string noun)
    {
        var names = template.Variables.Select(v => v.Name).Distinct(StringComparer.Ordinal).ToList();
        var refusals = names.Select(name => Refusal(span, name, noun)).OfType<Diagnostic>().ToList();
        refusals.ForEach(ctx.Report);
        if (refusals.Count > 0)
        {
            return null;
        }
        foreach (var name in names.Where(_vars.ContainsKey))
        {
            _resolver.Resolve(_vars[name]);
        }
        // A var that refers to an unknown name or is in a cycle: VariableGraph reported it, and the load fails anyway.
        if (_resolverProblems.Count > 0)
        {
            return null;
        }
        IVariableSource values = _resolver;
        foreach (var name in names)
        {
            _used[name] = values.Variable(name) ?? "";
        }
        foreach (var name in template.Parts.OfType<EnvironmentPart>().Select(p => p.Name))
        {
            _used[Checklist.EnvironmentPrefix + name] = values.Environment(name) ?? "";
        }
        return new ResolvedScalar(template.Source, template.Render(values), Origins(template));
    }

    private string Origins(Template template)
    {
        var variables = template.Variables.Select(v => v.Name).Distinct(StringComparer.Ordinal).Select(Origin);
        var environment = template.Parts.OfType<EnvironmentPart>().Select(p => p.Name).Distinct(StringComparer.Ordinal)
            .Select(name => _settings.Environment(name) is null
                ? $"${{env.{name}}} is not set in the environment"
                : $"${{env.{name}}} comes from the environment");
        return string.Join("; ", variables.Concat(environment));
    }

    private string Origin(string name) =>
        name == BuiltInVariables.Version && _settings.Version is not null ? "${version} comes from --version"
        : _overrides.ContainsKey(name) ? $"${{{name}}} comes from --var {name}=..."
        : _vars.TryGetValue(name, out var declared) ? $"${{{name}}} is set under vars: (line {declared.Span.Line})"
        : $"${{{name}}} is the built-in variable: {BuiltinVariables.Descriptions[name]}";
}
