namespace Shipcheck.Core.Expectations.Syntax.Nodes;

/// <summary>A name the scope resolves: an observation such as <c>status</c>.</summary>
internal sealed class IdentifierNode(Token token) : Node(token.Offset, token.End)
{
    /// <summary>The name.</summary>
    public string Name { get; } = token.Text;
}
