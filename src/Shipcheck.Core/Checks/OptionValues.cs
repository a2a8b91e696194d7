using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks;

/// <summary>A step's options after the loader checked them against the kind's <see cref="OptionSpec"/>s.</summary>
public sealed class OptionValues
{
    private readonly Dictionary<string, (object Value, SourceSpan Span)> _values = new(StringComparer.Ordinal);

    /// <summary>Creates the options of a step declared at <paramref name="stepSpan"/>.</summary>
    public OptionValues(SourceSpan stepSpan) => StepSpan = stepSpan;

    /// <summary>Where the step is declared.</summary>
    public SourceSpan StepSpan { get; }

    /// <summary>Records a converted option value.</summary>
    public void Set(string name, object value, SourceSpan span) => _values[name] = (value, span);

    /// <summary>A copy with <paramref name="name"/> set to <paramref name="value"/> at the same place (an edited command).</summary>
    public OptionValues With(string name, object value)
    {
        var copy = new OptionValues(StepSpan);
        foreach (var (key, entry) in _values)
        {
            copy._values[key] = entry;
        }
        copy._values[name] = (value, SpanOf(name));
        return copy;
    }

    /// <summary>True when the option was given.</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The value of an option, or <paramref name="fallback"/> when it was not given.</summary>
    public T Get<T>(string name, T fallback) => _values.TryGetValue(name, out var v) && v.Value is T typed ? typed : fallback;

    /// <summary>A Text option's template, or null when it was not given.</summary>
    public Template? Text(string name) => _values.TryGetValue(name, out var v) ? v.Value as Template : null;

    /// <summary>A TextList option's templates, empty when not given.</summary>
    public IReadOnlyList<Template> TextList(string name) => Get<IReadOnlyList<Template>>(name, []);

    /// <summary>A TextMap option's templates, empty when not given.</summary>
    public IReadOnlyDictionary<string, Template> TextMap(string name) =>
        Get<IReadOnlyDictionary<string, Template>>(name, new Dictionary<string, Template>());

    /// <summary>A TextListMap option's lists of templates, empty when not given.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Template>> TextListMap(string name) =>
        Get<IReadOnlyDictionary<string, IReadOnlyList<Template>>>(name, new Dictionary<string, IReadOnlyList<Template>>());

    /// <summary>Where an option was written, or the step's position when it was not.</summary>
    public SourceSpan SpanOf(string name) => _values.TryGetValue(name, out var v) ? v.Span : StepSpan;
}
