namespace Shipcheck.Core.Expectations.Syntax.Nodes;

/// <summary><c>target[index]</c>: an item of a list (negative counts from the end) or a member of a map.</summary>
internal sealed class IndexNode(Node target, Node index, int end) : Node(target.Start, end, target, index)
{
    /// <summary>The list or map.</summary>
    public Node Target { get; } = target;

    /// <summary>The position or key.</summary>
    public Node Index { get; } = index;
}
