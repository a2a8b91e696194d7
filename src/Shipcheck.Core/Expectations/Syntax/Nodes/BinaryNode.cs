namespace Shipcheck.Core.Expectations.Syntax.Nodes;

/// <summary><c>left op right</c> for every infix operator.</summary>
internal sealed class BinaryNode(BinaryOperator op, Token token, Node left, Node right) : Node(left.Start, right.End, left, right)
{
    /// <summary>Which operator.</summary>
    public BinaryOperator Operator { get; } = op;

    /// <summary>The operator as written (<c>and</c> or <c>&amp;&amp;</c>).</summary>
    public string OperatorText { get; } = token.Text;

    /// <summary>Where the operator starts; type errors about the operation point here.</summary>
    public int OperatorOffset { get; } = token.Offset;

    /// <summary>The left operand.</summary>
    public Node Left { get; } = left;

    /// <summary>The right operand.</summary>
    public Node Right { get; } = right;
}
