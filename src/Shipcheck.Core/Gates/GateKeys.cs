namespace Shipcheck.Core.Gates;

/// <summary>The keys of <c>freeze:</c> and <c>signoffs:</c> entries, shared by the loader and the JSON Schema.</summary>
internal static class GateKeys
{
    public const string Freeze = "freeze";
    public const string Signoffs = "signoffs";

    public static IReadOnlyList<string> FreezeEntry { get; } = ["name", "timezone", "days", "between", "dates", "file", "override"];

    public static IReadOnlyList<string> FreezeOverride { get; } = ["signoff", "reason", "wait"];

    public static IReadOnlyList<string> SignoffPoint { get; } = ["before", "roles", "required", "wait", "allow_self"];
}
