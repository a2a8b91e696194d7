using Shipcheck.Core.Checklists;
using Shipcheck.Core.Secrets;

namespace Shipcheck.Core.Engine;

/// <summary>
/// Turns a validated checklist and a request into a <see cref="PreparedRun"/>: reads secrets from the environment,
/// applies <c>--var</c> and <c>--version</c>, and resolves every variable, before anything runs.
/// </summary>
public static class RunPreparation
{
    /// <summary>
    /// Resolves the variables of <paramref name="checklist"/> for <paramref name="request"/>. Every problem is reported
    /// at once in <see cref="PreparedRun.Problems"/>.
    /// </summary>
    /// <param name="checklist">The loaded checklist.</param>
    /// <param name="request">The command line's version, overrides and options.</param>
    /// <param name="getEnvironment">Reads an environment variable; null when unset.</param>
    /// <param name="time">The clock the run id is taken from; the system clock when null.</param>
    public static PreparedRun Prepare(Checklist checklist, RunRequest request, Func<string, string?> getEnvironment, TimeProvider? time = null)
    {
        var problems = new List<Diagnostic>();
        var masker = new SecretMasker();
        var runId = RunIds.New(time ?? TimeProvider.System);

        var secrets = ReadSecrets(checklist, getEnvironment, masker, problems);
        CheckOverrides(checklist, request, secrets, problems);

        var builtIns = VariableInputs.BuiltIns(checklist.Service, checklist.Environment, checklist.Directory,
            request.Version, request.User, request.Host, runId);
        var known = new Dictionary<string, string>(builtIns, StringComparer.Ordinal);
        foreach (var (name, value) in secrets)
        {
            known[name] = value;
        }
        var overrides = VariableInputs.Overrides(checklist.Variables, request.Variables, request.Version);

        var resolver = new VariableResolver(checklist.Variables, known, overrides, getEnvironment, problems);
        var variables = new OrderedDictionary<string, string>(builtIns, StringComparer.Ordinal);
        foreach (var variable in checklist.Variables)
        {
            variables[variable.Name] = resolver.Resolve(variable);
        }
        foreach (var (name, value) in secrets)
        {
            variables[name] = value;
        }
        CheckLoadedValues(checklist, variables, getEnvironment, problems);
        var secretNames = new HashSet<string>(secrets.Keys, StringComparer.Ordinal);
        return new PreparedRun(checklist, request, runId, variables, secretNames, masker, getEnvironment, problems);
    }

    /// <summary>
    /// The <c>--var</c> names of <paramref name="request"/> that <paramref name="checklist"/> does not let it set (not
    /// declared, a secret, a built-in): what <see cref="Prepare"/> reports, for <c>validate</c>, which reads no secrets.
    /// </summary>
    public static IReadOnlyList<Diagnostic> OverrideProblems(Checklist checklist, RunRequest request)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<Diagnostic>();
        CheckOverrides(checklist, request, new Dictionary<string, string>(), problems);
        return problems;
    }

    private static OrderedDictionary<string, string> ReadSecrets(Checklist checklist, Func<string, string?> getEnvironment,
        SecretMasker masker, List<Diagnostic> problems)
    {
        var secrets = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var secret in checklist.Secrets)
        {
            var value = getEnvironment(secret.Name);
            if (string.IsNullOrEmpty(value))
            {
                problems.Add(PreparationProblems.SecretNotSet(secret));
                continue;
            }
            if (value.Length < SecretMasker.MinimumLength)
            {
                problems.Add(PreparationProblems.SecretTooShort(secret));
                continue;
            }
            masker.Add(value);
            secrets[secret.Name] = value;
        }
        return secrets;
    }

    private static void CheckOverrides(Checklist checklist, RunRequest request, IReadOnlyDictionary<string, string> secrets, List<Diagnostic> problems)
    {
        var declared = checklist.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in request.Variables.Keys)
        {
            if (declared.Contains(name))
            {
                continue;
            }
            problems.Add(checklist.Secrets.Any(s => s.Name == name) || secrets.ContainsKey(name)
                ? PreparationProblems.OverrideOfSecret(name)
                : BuiltInVariables.Contains(name)
                    ? PreparationProblems.OverrideOfBuiltIn(name)
                    : PreparationProblems.UnknownOverride(name, declared));
        }
    }

    /// <summary>
    /// Durations written with <c>${name}</c> were resolved when the checklist loaded; a run whose variables differ from
    /// the values they were resolved with would watch one window and record another, so it does not start.
    /// </summary>
    private static void CheckLoadedValues(Checklist checklist, IReadOnlyDictionary<string, string> variables,
        Func<string, string?> getEnvironment, List<Diagnostic> problems)
    {
        foreach (var (name, loaded) in checklist.ResolvedAtLoad)
        {
            var now = name.StartsWith(Checklist.EnvironmentPrefix, StringComparison.Ordinal)
                ? getEnvironment(name[Checklist.EnvironmentPrefix.Length..]) ?? ""
                : variables.GetValueOrDefault(name, "");
            if (now != loaded)
            {
                problems.Add(PreparationProblems.LoadedWithOtherValue(name, loaded, now));
            }
        }
    }
}
