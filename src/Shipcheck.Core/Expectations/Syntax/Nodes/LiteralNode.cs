namespace Shipcheck.Core.Expectations.Syntax.Nodes;

/// <summary>A constant as written: <c>200</c>, <c>"ok"</c>, <c>500ms</c>, <c>10MB</c>, <c>true</c>, <c>null</c>.</summary>
internal sealed class LiteralNode(Value value, Token token) : Node(token.Offset, token.End)
{
    /// <summary>The constant.</summary>
    public Value Value { get; } = value;

    /// <summary>The spelling in the source, kept for explanations.</summary>
    public string Text { get; } = token.Text;
}
