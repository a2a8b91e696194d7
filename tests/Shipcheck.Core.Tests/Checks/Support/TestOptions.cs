using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Tests.Checks.Support;

/// <summary>Builds OptionValues the way the loader would: strings become templates, string maps become template maps.</summary>
internal static class TestOptions
{
    public static readonly SourceSpan Span = SourceSpan.None("test");

    public static OptionValues Of(params (string Name, object Value)[] values)
    {
        var options = new OptionValues(Span);
        foreach (var (name, value) in values)
        {
            options.Set(name, Convert(value), Span);
        }
        return options;
    }

    public static Template Text(string text) => Template.Parse(text, Span, new DiagnosticBag());

    public static DiagnosticBag Validate(ICheckKind kind, OptionValues options)
    {
        var diagnostics = new DiagnosticBag();
        kind.Validate(options, diagnostics);
        return diagnostics;
    }

    private static object Convert(object value) => value switch
    {
        string text => Text(text),
        IReadOnlyDictionary<string, string> map => map.ToDictionary(e => e.Key, e => Text(e.Value)),
        IEnumerable<string> list => list.Select(Text).ToList(),
        int number => (long)number,
        _ => value,
    };
}
