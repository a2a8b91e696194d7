using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Reads <c>vars:</c> and <c>secrets:</c>, and orders variables so each comes after those it refers to.</summary>
internal static class VariablesReader
{
    public static List<VariableDefinition> ReadVars(YamlContext ctx, YamlEntry? entry)
    {
        var result = new List<VariableDefinition>();
        if (entry is null)
        {
            return result;
        }
        if (entry.Value is not YamlMappingNode mapping)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(entry.Value, entry.Path), "a map of variable names to values", YamlNodes.Describe(entry.Value)));
            return result;
        }
        foreach (var (key, value) in mapping.Children)
        {
            var name = YamlNodes.KeyText(key);
            var path = YamlNodes.Child(entry.Path, name);
            if (!Template.IsName(name))
            {
                ctx.Report(LoadErrors.BadName(ctx.Span(key, path), name, "variable"));
                continue;
            }
            if (BuiltinVariables.Contains(name) && name != "version")
            {
                ctx.Report(LoadErrors.NameTaken(ctx.Span(key, path), name, "a built-in variable"));
                continue;
            }
            if (ScalarReader.Template(ctx, value, path) is { } template)
            {
                result.Add(new VariableDefinition(name, template, ctx.ContentSpan(value, path)));
            }
        }
        return result;
    }

    public static List<SecretDefinition> ReadSecrets(YamlContext ctx, YamlEntry? entry, IReadOnlyCollection<VariableDefinition> vars)
    {
        var result = new List<SecretDefinition>();
        if (entry is null)
        {
            return result;
        }
        if (entry.Value is not YamlSequenceNode sequence)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(entry.Value, entry.Path), "a list of environment variable names, such as [API_TOKEN]", YamlNodes.Describe(entry.Value)));
            return result;
        }
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var path = YamlNodes.Item(entry.Path, i);
            var name = ScalarReader.Text(ctx, sequence.Children[i], path, "an environment variable name");
            var span = ctx.Span(sequence.Children[i], path);
            if (name is null)
            {
                continue;
            }
            if (!Template.IsName(name))
            {
                ctx.Report(LoadErrors.BadName(span, name, "environment variable"));
            }
            else if (vars.Any(v => v.Name == name) || BuiltinVariables.Contains(name))
            {
                ctx.Report(LoadErrors.NameTaken(span, name, "a variable; a secret needs a name of its own"));
            }
            else
            {
                result.Add(new SecretDefinition(name, span));
            }
        }
        return result;
    }
}
