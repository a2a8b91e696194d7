namespace Shipcheck.Core.Checklists;

/// <summary>A <c>vars:</c> entry.</summary>
public sealed record VariableDefinition(string Name, Template Value, SourceSpan Span);

/// <summary>A <c>secrets:</c> entry: the name of an environment variable whose value is a secret.</summary>
public sealed record SecretDefinition(string Name, SourceSpan Span);
