using Shipcheck.Core.Expectations.Functions;
using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Evaluation;

internal sealed partial class Evaluator
{
    private const int FailuresShown = 3;

    // all(expr) / any(expr): expr is judged once per series with that series' names over the step's. The explanation
    // names the series that decided the answer, since "false" alone does not say which circuit breaker is open.
    private Operand Quantify(CallNode node)
    {
        var every = node.Name == SeriesQuantifiers.All;
        if (node.Arguments.Count != 1)
        {
            _problems.Add($"{node.Name}() takes one condition; write {SeriesQuantifiers.Usage(node.Name)}");
            return Operand.Absent;
        }
        if (_scope.Lookup(ObservationSchema.SeriesObservation) is not ListValue { Items.Count: > 0 } series)
        {
            SawNoData = true;
            return Observe(node, new Operand(Value.Of(false), Note: "no data: no series matched"));
        }
        var failing = new List<string>();
        var holding = new List<string>();
        foreach (var item in series.Items)
        {
            var evaluator = new Evaluator(new SeriesScope(item as MapValue, _scope));
            var result = evaluator.Evaluate(node.Arguments[0]);
            _problems.AddRange(evaluator.Problems);
            var described = $"{SeriesLabels.Of(item)} {ExplanationRenderer.Render(node.Arguments[0], evaluator.Observed)}";
            (Coercion.Truth(result) ? holding : failing).Add(described);
        }
        var holds = every ? failing.Count == 0 : holding.Count > 0;
        return Observe(node, new Operand(Value.Of(holds), Note: Describe(every, holds, series.Items.Count, holding, failing)));
    }

    private static string Describe(bool every, bool holds, int total, List<string> holding, List<string> failing) => (every, holds) switch
    {
        (true, true) => $"all {total} series hold",
        (true, false) => $"{failing.Count} of {total} series fail: {Listed(failing)}",
        (false, true) => $"{holding.Count} of {total} series hold: {Listed(holding)}",
        (false, false) => $"none of {total} series hold: {Listed(failing)}",
    };

    private static string Listed(List<string> items) =>
        string.Join("; ", items.Take(FailuresShown)) + (items.Count > FailuresShown ? $"; and {items.Count - FailuresShown} more" : "");

    private sealed class SeriesScope(MapValue? item, IValueScope step) : IValueScope
    {
        public TimeProvider Time => step.Time;

        public Value? Lookup(string identifier) =>
            item is not null && item.Entries.TryGetValue(identifier, out var value) ? value : step.Lookup(identifier);

        public string? Variable(string name, bool isEnvironment) => step.Variable(name, isEnvironment);
    }
}
