namespace Shipcheck.Core.Expectations.Syntax.Nodes;

/// <summary><c>not x</c>, <c>!x</c> or <c>-x</c>.</summary>
internal sealed class UnaryNode(UnaryOperator op, Token token, Node operand) : Node(token.Offset, operand.End, operand)
{
    /// <summary>Which operator.</summary>
    public UnaryOperator Operator { get; } = op;

    /// <summary>The operator as written (<c>not</c> or <c>!</c>).</summary>
    public string OperatorText { get; } = token.Text;

    /// <summary>What it applies to.</summary>
    public Node Operand { get; } = operand;
}
