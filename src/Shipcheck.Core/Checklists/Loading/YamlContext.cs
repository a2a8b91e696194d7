using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>State shared while one checklist file is read: the file name, the problems found, and a node budget.</summary>
internal sealed class YamlContext(string file, DiagnosticBag diagnostics)
{
    /// <summary>
    /// How many nodes a checklist may visit, aliases counted each time they are used. Aliases share nodes, so a small
    /// file can expand to billions of nodes (an alias bomb); the budget stops the walk long before that.
    /// </summary>
    public const int NodeBudget = 100_000;

    private readonly Dictionary<(int Line, int Column), ResolvedScalar> _resolved = [];
    private LoadTimeVariables? _variables;
    private int _visited;
    private bool _budgetReported;

    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>What a duration or size written with <c>${name}</c> resolves with; set once <c>vars:</c> are read.</summary>
    public LoadTimeVariables Variables
    {
        get => _variables ?? throw new InvalidOperationException("durations and sizes are read only after vars: are");
        set => _variables = value;
    }

    /// <summary>The span of <paramref name="node"/> with its YAML path.</summary>
    public SourceSpan Span(YamlNode node, string path) => new(File, (int)node.Start.Line, (int)node.Start.Column, path);

    /// <summary>
    /// The span where the text of a scalar starts: one column further for quoted scalars, so that a column inside an
    /// expression or template lines up with the character the user typed.
    /// </summary>
    public SourceSpan ContentSpan(YamlNode node, string path)
    {
        var span = Span(node, path);
        return node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted }
            ? span.Shift(1)
            : span;
    }

    /// <summary>Counts a visited node; false once the budget is spent (reported once).</summary>
    public bool Visit(YamlNode node)
    {
        if (++_visited <= NodeBudget)
        {
            return true;
        }
        if (!_budgetReported)
        {
            _budgetReported = true;
            Diagnostics.Add(LoadErrors.TooManyNodes(Span(node, ""), NodeBudget));
        }
        return false;
    }

    /// <summary>Reports a problem.</summary>
    public void Report(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

    /// <summary>Notes that the scalar at <paramref name="span"/> came from variables, so problems found there name them.</summary>
    public void NoteResolved(SourceSpan span, ResolvedScalar resolved) => _resolved[(span.Line, span.Column)] = resolved;

    /// <summary>
    /// <paramref name="problem"/>, naming the variables that gave the value when it is about a scalar that came from
    /// them: rules such as "must be greater than zero" (the loader's and every kind's) judge the resolved value.
    /// </summary>
    public Diagnostic Explain(Diagnostic problem) =>
        problem.Span.File == File && _resolved.TryGetValue((problem.Span.Line, problem.Span.Column), out var resolved)
            ? LoadErrors.WithResolvedValue(problem, resolved)
            : problem;
}
