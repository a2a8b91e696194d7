using Shipcheck.Core.Engine;
using Shipcheck.Core.Markdown.Conversion;
using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Core.Markdown.Running;

/// <summary>
/// A Markdown checklist ready to run with the engine: the YAML its conversion gives (plus one variable per blank, so
/// the values filled in are recorded with the run), and the way back from each step to the item it came from.
/// </summary>
public sealed class MarkdownRunPlan
{
    private readonly Dictionary<(Phase, string), ConvertedStep> _byName = [];
    private readonly Dictionary<int, ChecklistItem> _itemByLine = [];

    private MarkdownRunPlan(MarkdownChecklist checklist, ConvertedChecklist converted, IReadOnlyList<BlankVariable> blanks,
        IReadOnlyDictionary<string, string> settings)
    {
        Checklist = checklist;
        Settings = settings;
        Converted = converted;
        Blanks = blanks;
        Yaml = YamlChecklistWriter.Write(converted);
        foreach (var step in converted.Steps)
        {
            _byName[(step.Phase, step.Name)] = step;
        }
        foreach (var item in checklist.Items)
        {
            _itemByLine[item.Line] = item;
            foreach (var block in item.CodeBlocks)
            {
                _itemByLine[block.Line] = item;
            }
        }
    }

    /// <summary>The checklist as read.</summary>
    public MarkdownChecklist Checklist { get; }

    /// <summary>The steps it became.</summary>
    public ConvertedChecklist Converted { get; }

    /// <summary>The blanks, each with the variable that carries its value.</summary>
    public IReadOnlyList<BlankVariable> Blanks { get; }

    /// <summary>The YAML checklist the engine runs (never written to disk).</summary>
    public string Yaml { get; }

    /// <summary>
    /// The run variables that record how it was converted (<see cref="MappingVariable"/>,
    /// <see cref="SqlConnectionVariable"/>), each only when given: a run passes them, and <see cref="Recorded"/> reads them back.
    /// </summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>
    /// The run variable that holds the <c>--mapping</c> file's text: recorded with the run, so the filled-in
    /// checklist, rendered later from the stored source, maps the headings as the run did.
    /// </summary>
    public const string MappingVariable = "markdown_mapping";

    /// <summary>The run variable that holds the <c>--sql-connection</c> secret's name (never its value), for the same reason.</summary>
    public const string SqlConnectionVariable = "markdown_sql_connection";

    /// <summary>
    /// Converts <paramref name="checklist"/>, with the heading rules of <paramref name="mapping"/> (a mapping file's
    /// text, see <see cref="PhaseMappingFile"/>) tried before the built-in ones (one that does not parse is ignored),
    /// and <c>sql</c> blocks as <c>sql</c> steps on the secret <paramref name="sqlConnection"/> when one is named.
    /// </summary>
    public static MarkdownRunPlan Of(MarkdownChecklist checklist, string? mapping = null, string? sqlConnection = null)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        var options = ConversionOptions.Default;
        if (!string.IsNullOrWhiteSpace(mapping))
        {
            settings[MappingVariable] = mapping;
            if (PhaseMappingFile.Parse(mapping, MappingVariable).Rules is { } rules)
            {
                options = options with { Mapping = PhaseMapping.Default.With(rules) };
            }
        }
        if (!string.IsNullOrWhiteSpace(sqlConnection))
        {
            settings[SqlConnectionVariable] = sqlConnection;
            options = options with { SqlConnectionSecret = sqlConnection };
        }
        var converted = MarkdownConverter.Convert(checklist, options);
        converted.Variables.AddRange(settings.Keys.Select(name => new PlaceholderVariable(name, "how the Markdown was converted, recorded with the run", 0)));
        var blanks = checklist.Blanks.Select((blank, i) => new BlankVariable($"blank_{i + 1}_line_{blank.Line}", blank)).ToList();
        foreach (var blank in blanks)
        {
            converted.Variables.Add(new PlaceholderVariable(blank.Name, $"blank \"{blank.Field.Label}\"", blank.Field.Line));
        }
        return new MarkdownRunPlan(checklist, converted, blanks, settings);
    }

    /// <summary>Converts <paramref name="checklist"/> again as the run with <paramref name="runVariables"/> converted it.</summary>
    public static MarkdownRunPlan Recorded(MarkdownChecklist checklist, IReadOnlyDictionary<string, string> runVariables) =>
        Of(checklist, runVariables.GetValueOrDefault(MappingVariable), runVariables.GetValueOrDefault(SqlConnectionVariable));

    /// <summary>The converted step of that phase and name, or null (stability and rollback_verify repeat verify steps).</summary>
    public ConvertedStep? StepOf(Phase phase, string name) =>
        _byName.GetValueOrDefault((phase is Phase.Stability or Phase.RollbackVerify ? Phase.Verify : phase, name));

    /// <summary>The item a step came from, or null for a block under a heading.</summary>
    public ChecklistItem? ItemOf(ConvertedStep step) => _itemByLine.GetValueOrDefault(step.Line);
}

/// <summary>A blank to fill in and the run variable (<c>blank_1_line_27</c>) that holds its value.</summary>
public sealed record BlankVariable(string Name, BlankField Field);
