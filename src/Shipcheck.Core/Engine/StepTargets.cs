using System.Globalization;
using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Engine;

/// <summary>One line on what a step acts on, from its kind's shorthand option (the command, the URL, the path).</summary>
internal static class StepTargets
{
    private const int MaxLength = 200;

    public static string Describe(StepDefinition step, DisplayVariables display)
    {
        var options = step.Options;
        var name = step.Kind.ShorthandOption is { } shorthand && options.Has(shorthand)
            ? shorthand
            : step.Kind.Options.Select(o => o.Name).FirstOrDefault(options.Has);
        if (name is null)
        {
            return "";
        }
        var text = Format(options.Get<object?>(name, null), display);
        return OneLine(display.Mask(text));
    }

    private static string Format(object? value, IVariableSource display) => value switch
    {
        null => "",
        Template template => template.Render(display),
        TimeSpan duration => Durations.Format(duration),
        bool flag => flag ? "true" : "false",
        IReadOnlyList<Template> list => string.Join(", ", list.Select(t => t.Render(display))),
        IReadOnlyDictionary<string, Template> map => string.Join(", ", map.Select(p => $"{p.Key}={p.Value.Render(display)}")),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string OneLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var joined = string.Join(" ↵ ", lines);
        return joined.Length > MaxLength ? joined[..MaxLength] + "…" : joined;
    }
}
