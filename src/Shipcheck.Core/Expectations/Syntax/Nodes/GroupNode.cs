namespace Shipcheck.Core.Expectations.Syntax.Nodes;

/// <summary><c>(inner)</c>: kept in the tree so explanations show the parentheses the user wrote.</summary>
internal sealed class GroupNode(int start, Node inner, int end) : Node(start, end, inner)
{
    /// <summary>The parenthesised expression.</summary>
    public Node Inner { get; } = inner;
}
