using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Engine;

/// <summary>
/// What <see cref="VariableResolver"/> starts from: the built-in values and the overrides of the command line. Written
/// once, because the loader resolves the variables a duration uses with them and <see cref="RunPreparation"/> resolves
/// every variable with them, and the two must agree.
/// </summary>
internal static class VariableInputs
{
    /// <summary>The built-in variables, in their listed order; <c>run_id</c> only when <paramref name="runId"/> is known.</summary>
    public static OrderedDictionary<string, string> BuiltIns(string service, string? environment, string checklistDirectory,
        string? version, string user, string host, string? runId)
    {
        var values = new OrderedDictionary<string, string>(StringComparer.Ordinal)
        {
            [BuiltInVariables.Version] = version ?? "",
            ["service"] = service,
            ["environment"] = environment ?? "",
        };
        if (runId is not null)
        {
            values["run_id"] = runId;
        }
        values["user"] = user;
        values["host"] = host;
        values["checklist_dir"] = checklistDirectory;
        return values;
    }

    /// <summary>
    /// The values that replace a var's template: each <c>--var</c> that names a declared var (any other is
    /// <see cref="RunPreparation"/>'s problem to report), and <c>--version</c>.
    /// </summary>
    public static Dictionary<string, string> Overrides(IReadOnlyList<VariableDefinition> declared,
        IReadOnlyDictionary<string, string> given, string? version)
    {
        var overrides = new Dictionary<string, string>(given.Where(o => declared.Any(v => v.Name == o.Key)), StringComparer.Ordinal);
        if (version is not null)
        {
            // --version is the more specific flag, so it beats both a vars: default and --var version=.
            overrides[BuiltInVariables.Version] = version;
        }
        return overrides;
    }
}
