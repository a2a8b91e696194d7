namespace Shipcheck.Core.Expectations.Syntax.Nodes;

/// <summary><c>[a, b, c]</c>: a list written in the expression, mostly for <c>x in [...]</c>.</summary>
internal sealed class ListNode(int start, IReadOnlyList<Node> items, int end) : Node(start, end, [.. items])
{
    /// <summary>The items, in order.</summary>
    public IReadOnlyList<Node> Items { get; } = items;
}
