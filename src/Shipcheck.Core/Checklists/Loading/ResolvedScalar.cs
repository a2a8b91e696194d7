namespace Shipcheck.Core.Checklists.Loading;

/// <summary>A duration or size written with <c>${name}</c>, as the loader resolved it: for messages about its value.</summary>
/// <param name="Source">The text as written: <c>${stability_window}</c>, <c>${minutes}m</c>.</param>
/// <param name="Value">The text it resolved to: <c>30s</c>.</param>
/// <param name="Origins">Where each variable in it got its value: <c>${minutes} comes from --var minutes=...</c>.</param>
internal sealed record ResolvedScalar(string Source, string Value, string Origins);
