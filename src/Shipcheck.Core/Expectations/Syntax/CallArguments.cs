using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Syntax;

/// <summary>Finds the constant string first arguments of a function's calls anywhere in a tree.</summary>
internal static class CallArguments
{
    /// <summary>The string literals passed first to <paramref name="function"/>, in the order written.</summary>
    public static IReadOnlyList<string> StringsOf(Node root, string function)
    {
        var found = new List<string>();
        Walk(root, function, found);
        return found;
    }

    private static void Walk(Node node, string function, List<string> found)
    {
        switch (node)
        {
            case CallNode call:
                if (call.Name == function && call.Arguments is [LiteralNode { Value: StringValue text }, ..])
                {
                    found.Add(text.Value);
                }
                WalkAll(call.Arguments, function, found);
                break;
            case BinaryNode binary:
                Walk(binary.Left, function, found);
                Walk(binary.Right, function, found);
                break;
            case UnaryNode unary:
                Walk(unary.Operand, function, found);
                break;
            case GroupNode group:
                Walk(group.Inner, function, found);
                break;
            case ListNode list:
                WalkAll(list.Items, function, found);
                break;
            case IndexNode index:
                Walk(index.Target, function, found);
                Walk(index.Index, function, found);
                break;
            case MemberNode member:
                Walk(member.Target, function, found);
                break;
        }
    }

    private static void WalkAll(IReadOnlyList<Node> nodes, string function, List<string> found)
    {
        foreach (var node in nodes)
        {
            Walk(node, function, found);
        }
    }
}
