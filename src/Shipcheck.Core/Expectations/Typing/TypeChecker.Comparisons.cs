using System.Globalization;
using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Typing;

internal sealed partial class TypeChecker
{
    /// <summary>Reports a comparison of two types that can never be equal: a string with a number, a duration with a bare number.</summary>
    private void CheckComparable(Node whole, int offset, Node leftNode, ValueKind left, Node rightNode, ValueKind right)
    {
        if (left == right || left is ValueKind.Any or ValueKind.Null || right is ValueKind.Any or ValueKind.Null)
        {
            return;
        }
        var text = Text(whole);
        _errors.Add(TypeErrors.Mismatch(offset, text, left, right, MismatchHint(leftNode, left, rightNode, right)));
    }

    private string MismatchHint(Node leftNode, ValueKind left, Node rightNode, ValueKind right)
    {
        var (a, b) = (left, right);
        var (nodeA, nodeB) = (leftNode, rightNode);
        if (a > b)
        {
            (a, b, nodeA, nodeB) = (b, a, nodeB, nodeA);
        }
        // Ordered by ValueKind: Number < String < Duration < Size < Timestamp.
        return (a, b) switch
        {
            (ValueKind.Number, ValueKind.String) when nodeB is LiteralNode { Value: StringValue s } && IsNumber(s.Value) =>
                $"drop the quotes: {s.Value.Trim()}",
            (ValueKind.Number, ValueKind.String) when nodeA is LiteralNode number =>
                $"write the number in quotes: \"{number.Text}\"",
            (ValueKind.Number, ValueKind.String) => "compare a number with a number, or a string with a string",
            (ValueKind.Number, ValueKind.Duration) =>
                $"write a duration such as {NumberText(nodeA, "500")}ms (units: {Durations.Units})",
            (ValueKind.Number, ValueKind.Size) =>
                $"write a size such as {NumberText(nodeA, "10")}MB (units: {Sizes.Units})",
            (ValueKind.Duration, ValueKind.Timestamp) => $"measure its age: age({Text(nodeB)}) < {Text(nodeA)}",
            _ => "both sides must have the same type",
        };
    }

    private static bool IsNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string NumberText(Node node, string fallback) => node is LiteralNode literal ? literal.Text : fallback;
}
