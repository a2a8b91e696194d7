using Shipcheck.Core.Checks;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Reads the value under a step's kind key into <see cref="OptionValues"/>, checked against the kind's specs.</summary>
internal static class OptionReader
{
    public static OptionValues Read(YamlContext ctx, ICheckKind kind, YamlEntry entry, SourceSpan stepSpan, IReadOnlySet<string> variables)
    {
        var options = new OptionValues(stepSpan);
        if (entry.Value is YamlMappingNode)
        {
            var known = kind.Options.Select(o => o.Name).ToArray();
            var entries = MappingReader.Read(ctx, entry.Value, entry.Path, $"'{kind.Name}' options", known) ?? [];
            foreach (var spec in kind.Options)
            {
                if (entries.TryGetValue(spec.Name, out var option))
                {
                    ReadOne(ctx, spec, option.Value, option.Path, options, variables);
                }
                else if (spec.Required)
                {
                    ctx.Report(LoadErrors.MissingKey(ctx.Span(entry.Value, entry.Path), spec.Name, $"'{kind.Name}'", spec.Description));
                }
            }
        }
        else if (kind.ShorthandOption is { } shorthand)
        {
            ReadOne(ctx, kind.Options.First(o => o.Name == shorthand), entry.Value, entry.Path, options, variables);
        }
        else
        {
            ctx.Report(LoadErrors.NoShorthand(ctx.Span(entry.Value, entry.Path), kind.Name));
        }
        kind.Validate(options, ctx.Diagnostics);
        return options;
    }

    private static void ReadOne(YamlContext ctx, OptionSpec spec, YamlNode node, string path, OptionValues options, IReadOnlySet<string> variables)
    {
        var span = ctx.Span(node, path);
        object? value = spec.Type switch
        {
            OptionType.Text => Text(ctx, spec, node, path, variables),
            OptionType.Integer => ScalarReader.Integer(ctx, node, path),
            OptionType.Number => ScalarReader.Number(ctx, node, path),
            OptionType.Boolean => ScalarReader.Boolean(ctx, node, path),
            OptionType.Duration => ScalarReader.Duration(ctx, node, path),
            OptionType.Size => ScalarReader.Size(ctx, node, path),
            OptionType.TextList => TextList(ctx, node, path, variables),
            OptionType.TextMap => TextMap(ctx, node, path, variables),
            OptionType.TextListMap => TextListMap(ctx, node, path, variables),
            _ => null,
        };
        if (value is not null)
        {
            options.Set(spec.Name, value, span);
        }
    }

    private static Template? Text(YamlContext ctx, OptionSpec spec, YamlNode node, string path, IReadOnlySet<string> variables)
    {
        var template = Template(ctx, node, path, variables);
        if (template is not null && spec.AllowedValues is { } allowed && template.IsLiteral
            && !allowed.Contains(template.Source, StringComparer.OrdinalIgnoreCase))
        {
            ctx.Report(LoadErrors.NotAllowed(ctx.Span(node, path), template.Source, allowed));
        }
        return template;
    }

    private static Template? Template(YamlContext ctx, YamlNode node, string path, IReadOnlySet<string> variables)
    {
        var template = ScalarReader.Template(ctx, node, path);
        if (template is not null)
        {
            ReferenceChecker.Check(ctx, template, ctx.ContentSpan(node, path), variables);
        }
        return template;
    }

    private static IReadOnlyList<Template>? TextList(YamlContext ctx, YamlNode node, string path, IReadOnlySet<string> variables)
    {
        if (node is not YamlSequenceNode sequence)
        {
            return Template(ctx, node, path, variables) is { } single ? [single] : null;
        }
        var items = new List<Template>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (ctx.Visit(sequence.Children[i]) && Template(ctx, sequence.Children[i], YamlNodes.Item(path, i), variables) is { } item)
            {
                items.Add(item);
            }
        }
        return items;
    }

    private static IReadOnlyDictionary<string, Template>? TextMap(YamlContext ctx, YamlNode node, string path, IReadOnlySet<string> variables)
    {
        if (node is not YamlMappingNode mapping)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(node, path), "a map of names to values", YamlNodes.Describe(node)));
            return null;
        }
        var map = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = YamlNodes.KeyText(key);
            if (ctx.Visit(value) && Template(ctx, value, YamlNodes.Child(path, name), variables) is { } template)
            {
                map[name] = template;
            }
        }
        return map;
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<Template>>? TextListMap(YamlContext ctx, YamlNode node, string path, IReadOnlySet<string> variables)
    {
        if (node is not YamlMappingNode mapping)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(node, path), "a map of names to lists", YamlNodes.Describe(node)));
            return null;
        }
        var map = new Dictionary<string, IReadOnlyList<Template>>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = YamlNodes.KeyText(key);
            if (ctx.Visit(value) && TextList(ctx, value, YamlNodes.Child(path, name), variables) is { } list)
            {
                map[name] = list;
            }
        }
        return map;
    }
}
