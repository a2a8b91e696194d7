using Shipcheck.Core.Expectations.Syntax;
using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Tests.Expectations;

/// <summary>Prints a syntax tree fully parenthesised, so tests can pin precedence and structure.</summary>
internal static class TreePrinter
{
    public static string Print(string source)
    {
        var (root, errors) = Parser.Parse(source);
        Assert.True(root is not null, string.Join("; ", errors.Select(e => e.Message)));
        return Print(root);
    }

    private static string Print(Node node) => node switch
    {
        LiteralNode literal => literal.Value.Display(),
        InterpolatedStringNode text => "interp(" + string.Join(", ", text.Segments.Select(s => s switch
        {
            TextSegment t => "\"" + t.Text + "\"",
            VariableSegment v => v.Display,
            _ => "?",
        })) + ")",
        IdentifierNode identifier => identifier.Name,
        VariableNode variable => variable.Reference.Display,
        GroupNode group => Print(group.Inner),
        ListNode list => "[" + string.Join(", ", list.Items.Select(Print)) + "]",
        MemberNode member => $"{Print(member.Target)}.{member.Name}",
        IndexNode index => $"{Print(index.Target)}[{Print(index.Index)}]",
        CallNode call => $"{call.Name}({string.Join(", ", call.Arguments.Select(Print))})",
        UnaryNode unary => $"({(unary.Operator == UnaryOperator.Not ? "not" : "-")} {Print(unary.Operand)})",
        BinaryNode binary => $"({Print(binary.Left)} {binary.Operator} {Print(binary.Right)})",
        _ => "?",
    };
}
