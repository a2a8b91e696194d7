using Shipcheck.Core.Expectations.Functions;
using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Typing;

internal sealed partial class TypeChecker
{
    // The argument is checked as a condition over one series' names; outside a step with series there is nothing to
    // quantify over, which is worth saying at load time rather than failing every run.
    private ValueKind TypeOfQuantifier(CallNode node)
    {
        if (node.Arguments.Count != 1)
        {
            _errors.Add(TypeErrors.ArgumentCount(node.Start, node.Name, 1, 1, node.Arguments.Count, SeriesQuantifiers.Usage(node.Name)));
            return ValueKind.Bool;
        }
        if (_scope.SeriesScope is not { } series)
        {
            _errors.Add(new ExpressionError(node.Start,
                $"{node.Name}() judges each series of a step that observes several (metrics, promql); this step observes none",
                "compare the step's own observations directly"));
            return ValueKind.Bool;
        }
        var inner = new TypeChecker(_source, series);
        inner.RequireCondition(node.Arguments[0], inner.TypeOf(node.Arguments[0]));
        _errors.AddRange(inner._errors);
        return ValueKind.Bool;
    }
}
