namespace Shipcheck.Core.Expectations.Syntax.Nodes;

/// <summary><c>target.name</c>: a member of a map.</summary>
internal sealed class MemberNode(Node target, Token name) : Node(target.Start, name.End, target)
{
    /// <summary>The map.</summary>
    public Node Target { get; } = target;

    /// <summary>The member's name.</summary>
    public string Name { get; } = name.Text;

    /// <summary>Where the member's name starts.</summary>
    public int NameOffset { get; } = name.Offset;
}
