namespace Shipcheck.Core.Checklists.Loading;

/// <summary>
/// Puts <c>vars:</c> in an order where each variable comes after the ones it refers to, so they can be resolved in
/// one pass, and reports references to unknown names and cycles.
/// </summary>
internal static class VariableGraph
{
    public static List<VariableDefinition> Order(YamlContext ctx, IReadOnlyList<VariableDefinition> vars, IReadOnlySet<string> otherNames)
    {
        var byName = vars.ToDictionary(v => v.Name, StringComparer.Ordinal);
        var known = new HashSet<string>(otherNames.Concat(byName.Keys), StringComparer.Ordinal);
        foreach (var variable in vars)
        {
            ReferenceChecker.Check(ctx, variable.Value, variable.Span, known);
        }
        var ordered = new List<VariableDefinition>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: in progress, true: done
        var reported = false;
        foreach (var variable in vars)
        {
            Visit(variable, []);
        }
        return ordered;

        void Visit(VariableDefinition variable, List<string> trail)
        {
            if (state.TryGetValue(variable.Name, out var done))
            {
                if (!done && !reported)
                {
                    reported = true;
                    var start = trail.IndexOf(variable.Name);
                    ctx.Report(LoadErrors.VariableCycle(variable.Span, [.. trail.Skip(start), variable.Name]));
                }
                return;
            }
            state[variable.Name] = false;
            trail.Add(variable.Name);
            foreach (var reference in variable.Value.Variables)
            {
                if (byName.TryGetValue(reference.Name, out var dependency))
                {
                    Visit(dependency, trail);
                }
            }
            trail.RemoveAt(trail.Count - 1);
            state[variable.Name] = true;
            ordered.Add(variable);
        }
    }
}
