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

        var builtIns = BuiltIns(checklist, request, runId);
        var known = new Dictionary<string, string>(builtIns, StringComparer.Ordinal);
        foreach (var (name, value) in secrets)
        {
            known[name] = value;
        }
        var overrides = new Dictionary<string, string>(request.Variables.Where(o => checklist.Variables.Any(v => v.Name == o.Key)), StringComparer.Ordinal);
        if (request.Version is not null)
        {
            // --version is the more specific flag, so it beats both a vars: default and --var version=.
            overrides[BuiltInVariables.Version] = request.Version;
        }

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
        var secretNames = new HashSet<string>(secrets.Keys, StringComparer.Ordinal);
        return new PreparedRun(checklist, request, runId, variables, secretNames, masker, getEnvironment, problems);
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

    private static OrderedDictionary<string, string> BuiltIns(Checklist checklist, RunRequest request, string runId) =>
        new(StringComparer.Ordinal)
        {
            [BuiltInVariables.Version] = request.Version ?? "",
            ["service"] = checklist.Service,
            ["environment"] = checklist.Environment ?? "",
            ["run_id"] = runId,
            ["user"] = request.User,
            ["host"] = request.Host,
            ["checklist_dir"] = checklist.Directory,
        };
}
