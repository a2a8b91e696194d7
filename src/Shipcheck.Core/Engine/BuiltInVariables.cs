namespace Shipcheck.Core.Engine;

/// <summary>The variables every checklist has without declaring them.</summary>
public static class BuiltInVariables
{
    /// <summary>The deployed version: <c>--version V</c>, or a <c>vars: version:</c> default.</summary>
    public const string Version = "version";

    /// <summary>The names, in the order they are listed.</summary>
    public static IReadOnlyList<string> Names { get; } = [Version, "service", "environment", "run_id", "user", "host", "checklist_dir"];

    /// <summary>True when <paramref name="name"/> is built in.</summary>
    public static bool Contains(string name) => Names.Contains(name, StringComparer.Ordinal);
}
