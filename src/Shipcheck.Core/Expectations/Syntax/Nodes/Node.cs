namespace Shipcheck.Core.Expectations.Syntax.Nodes;

/// <summary>
/// A node of the syntax tree. Nodes are compared by reference: the evaluator annotates each node it observes,
/// and two equal-looking terms (<c>x == x</c>) are still two places in the text.
/// </summary>
internal abstract class Node
{
    protected Node(int start, int end, params ReadOnlySpan<Node> children)
    {
        Start = start;
        End = end;
        var depth = 0;
        foreach (var child in children)
        {
            depth = Math.Max(depth, child.Depth);
        }
        Depth = depth + 1;
    }

    /// <summary>Offset of the node's first character in the expression's text.</summary>
    public int Start { get; }

    /// <summary>Offset just past the node's last character.</summary>
    public int End { get; }

    /// <summary>Height of the tree below and including this node; the parser bounds it so recursion stays shallow.</summary>
    public int Depth { get; }

    /// <summary>The node's text as written.</summary>
    public string TextIn(string source) => source[Start..End];
}
