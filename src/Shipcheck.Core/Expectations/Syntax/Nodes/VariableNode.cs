namespace Shipcheck.Core.Expectations.Syntax.Nodes;

/// <summary><c>${name}</c> or <c>${env.NAME}</c> used as a term.</summary>
internal sealed class VariableNode(VariableSegment reference, Token token) : Node(token.Offset, token.End)
{
    /// <summary>Which variable.</summary>
    public VariableSegment Reference { get; } = reference;
}
