using Shipcheck.Core.Expectations.Functions;
using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Syntax;

/// <summary>
/// Finds whether an expression names, outside any <c>all(...)</c>/<c>any(...)</c>, something only one series has
/// (<c>value</c>, <c>labels</c>): such an expectation is judged for every series.
/// </summary>
internal static class SeriesReferences
{
    /// <summary>True when a name for which <paramref name="isSeriesOnly"/> holds is used outside a quantifier.</summary>
    public static bool OutsideQuantifiers(Node node, Func<string, bool> isSeriesOnly) => node switch
    {
        IdentifierNode identifier => isSeriesOnly(identifier.Name),
        CallNode call when SeriesQuantifiers.Is(call.Name) => false,
        CallNode call => ReadsSeriesOnly(call.Name, isSeriesOnly) || Any(call.Arguments, isSeriesOnly),
        BinaryNode binary => OutsideQuantifiers(binary.Left, isSeriesOnly) || OutsideQuantifiers(binary.Right, isSeriesOnly),
        UnaryNode unary => OutsideQuantifiers(unary.Operand, isSeriesOnly),
        GroupNode group => OutsideQuantifiers(group.Inner, isSeriesOnly),
        ListNode list => Any(list.Items, isSeriesOnly),
        IndexNode index => OutsideQuantifiers(index.Target, isSeriesOnly) || OutsideQuantifiers(index.Index, isSeriesOnly),
        MemberNode member => OutsideQuantifiers(member.Target, isSeriesOnly),
        _ => false,
    };

    // A function that reads an observation itself (quantile reads a series' buckets) names it as much as an identifier.
    private static bool ReadsSeriesOnly(string function, Func<string, bool> isSeriesOnly) =>
        ExpressionFunctions.All.TryGetValue(function, out var definition) && definition.Reads is { } read && isSeriesOnly(read);

    private static bool Any(IReadOnlyList<Node> nodes, Func<string, bool> isSeriesOnly) => nodes.Any(n => OutsideQuantifiers(n, isSeriesOnly));
}
