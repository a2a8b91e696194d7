using Shipcheck.Core.Checks;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

internal sealed partial class StepReader
{
    private StepDefinition? ReadStep(ICheckKind kind, YamlEntry kindEntry, Dictionary<string, YamlEntry> entries, SourceSpan span)
    {
        var options = OptionReader.Read(ctx, kind, kindEntry, span, variables);
        var observationScope = new ObservationTypeScope(kind.Observations, variables);
        var expectations = entries.TryGetValue(StepKeys.Expect, out var expect)
            ? ReadExpectations(expect, observationScope)
            : [new ExpectationDefinition(ExpressionReader.Default(kind.DefaultExpectation), ctx.Span(kindEntry.Key, kindEntry.Path))];
        var host = Get(entries, StepKeys.On, e => ReadHost(e, kind));
        var name = entries.TryGetValue(StepKeys.Name, out var nameEntry)
            ? ReadName(nameEntry)
            : DefaultName(kind, kindEntry.Value) + (host is null ? "" : $" on {host.Name}");
        var timeout = Duration(entries, StepKeys.Timeout) ?? kind.DefaultTimeout;
        var until = Duration(entries, StepKeys.Until);
        var every = Duration(entries, StepKeys.Every);
        var retry = Get(entries, StepKeys.Retry, ReadRetry);
        var when = Get(entries, StepKeys.When, e => ExpressionReader.Read(ctx, e.Value, e.Path, new VariableTypeScope(variables)));
        var capture = Get(entries, StepKeys.Capture, e => ReadCapture(e, kind, observationScope));
        var severity = Get(entries, StepKeys.Severity, e => ScalarReader.OneOf(ctx, e, StepKeys.Severities));
        var irreversible = entries.TryGetValue(StepKeys.Irreversible, out var irreversibleEntry)
            && ScalarReader.Boolean(ctx, irreversibleEntry.Value, irreversibleEntry.Path) == true;
        if (name is null || expectations is null)
        {
            return null;
        }
        return new StepDefinition(span)
        {
            Name = name,
            Kind = kind,
            Options = options,
            Expectations = expectations,
            Timeout = timeout,
            Until = until,
            Every = every ?? TimeSpan.FromSeconds(2),
            Retry = retry,
            When = when,
            Capture = capture,
            WarnOnly = severity == "warn",
            Host = host,
            Irreversible = irreversible,
        };
    }

    private string? ReadName(YamlEntry entry)
    {
        var name = ScalarReader.Text(ctx, entry.Value, entry.Path);
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            ctx.Report(LoadErrors.EmptyName(ctx.Span(entry.Value, entry.Path)));
            return null;
        }
        return name;
    }

    private static T? Get<T>(Dictionary<string, YamlEntry> entries, string key, Func<YamlEntry, T?> read) where T : class =>
        entries.TryGetValue(key, out var entry) ? read(entry) : null;

    private TimeSpan? Duration(Dictionary<string, YamlEntry> entries, string key) =>
        entries.TryGetValue(key, out var entry) ? ScalarReader.PositiveDuration(ctx, entry, key) : null;

    private List<ExpectationDefinition>? ReadExpectations(YamlEntry expect, ObservationTypeScope scope)
    {
        var nodes = expect.Value is YamlSequenceNode sequence
            ? sequence.Children.Select((n, i) => (Node: n, Path: YamlNodes.Item(expect.Path, i))).ToList()
            : [(expect.Value, expect.Path)];
        var result = new List<ExpectationDefinition>();
        var ok = true;
        foreach (var (node, path) in nodes)
        {
            var expression = ctx.Visit(node) ? ExpressionReader.Read(ctx, node, path, scope) : null;
            if (expression is null)
            {
                ok = false;
                continue;
            }
            result.Add(new ExpectationDefinition(expression, ctx.ContentSpan(node, path)));
        }
        return ok ? result : null;
    }

    private static string DefaultName(ICheckKind kind, YamlNode value)
    {
        var target = value switch
        {
            YamlScalarNode scalar => scalar.Value ?? "",
            YamlMappingNode map when kind.ShorthandOption is { } key && map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s => s.Value ?? "",
            _ => "",
        };
        var firstLine = target.Split('\n', 2)[0].Trim();
        if (firstLine.Length > 60)
        {
            firstLine = firstLine[..57] + "...";
        }
        return kind.Name is "run" or "confirm" && firstLine.Length > 0 ? firstLine : $"{kind.Name} {firstLine}".Trim();
    }
}
