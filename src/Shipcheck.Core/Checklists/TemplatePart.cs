namespace Shipcheck.Core.Checklists;

/// <summary>A piece of a <see cref="Template"/>: literal text or a reference to a value.</summary>
public abstract record TemplatePart;

/// <summary>Text copied as it is.</summary>
public sealed record LiteralPart(string Text) : TemplatePart;

/// <summary><c>${name}</c>: a checklist variable, secret, capture or built-in.</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="Offset">Where <c>${</c> starts inside the template's text.</param>
public sealed record VariablePart(string Name, int Offset) : TemplatePart;

/// <summary><c>${env.NAME}</c>: an environment variable of the runner.</summary>
/// <param name="Name">The environment variable's name.</param>
/// <param name="Offset">Where <c>${</c> starts inside the template's text.</param>
public sealed record EnvironmentPart(string Name, int Offset) : TemplatePart;
