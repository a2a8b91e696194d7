namespace Shipcheck.Core.Checklists;

/// <summary>Variables every run has without declaring them.</summary>
public static class BuiltinVariables
{
    /// <summary>The names, with what each holds (for docs and did-you-mean).</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["version"] = "the --version being deployed (or the vars: default)",
        ["service"] = "the checklist's service",
        ["environment"] = "the checklist's environment",
        ["run_id"] = "this run's id",
        ["user"] = "who runs it",
        ["host"] = "the machine it runs on",
        ["checklist_dir"] = "the folder of the checklist file",
    };

    /// <summary>True when <paramref name="name"/> is built in.</summary>
    public static bool Contains(string name) => Descriptions.ContainsKey(name);
}
