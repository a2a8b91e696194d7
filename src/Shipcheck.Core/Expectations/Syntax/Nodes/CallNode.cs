namespace Shipcheck.Core.Expectations.Syntax.Nodes;

/// <summary><c>name(arguments)</c>: a call of a registered function.</summary>
internal sealed class CallNode(Token name, IReadOnlyList<Node> arguments, int end) : Node(name.Offset, end, [.. arguments])
{
    /// <summary>The function's name.</summary>
    public string Name { get; } = name.Text;

    /// <summary>The arguments, in order.</summary>
    public IReadOnlyList<Node> Arguments { get; } = arguments;
}
