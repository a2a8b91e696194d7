namespace Shipcheck.Core.Expectations.Syntax;

/// <summary><c>${name}</c> or <c>${env.NAME}</c>, inside a string or standing alone as a term.</summary>
/// <param name="Name">The variable's name (without <c>env.</c>).</param>
/// <param name="IsEnvironment">True for <c>${env.NAME}</c>.</param>
/// <param name="Offset">Where <c>${</c> starts in the expression's text.</param>
internal sealed record VariableSegment(string Name, bool IsEnvironment, int Offset) : StringSegment
{
    /// <summary>The reference in canonical form: <c>${name}</c> or <c>${env.NAME}</c>.</summary>
    public string Display => IsEnvironment ? $"${{env.{Name}}}" : $"${{{Name}}}";
}
