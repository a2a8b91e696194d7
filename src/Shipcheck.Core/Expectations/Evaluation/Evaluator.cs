using System.Text;
using Shipcheck.Core.Expectations.Functions;
using Shipcheck.Core.Expectations.Syntax;
using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Evaluation;

/// <summary>
/// Computes a tree's value against a scope and remembers what each observed term (name, path, call, variable)
/// turned out to be, for the explanation. Both sides of and/or are evaluated so the explanation shows every value.
/// </summary>
internal sealed partial class Evaluator
{
    private readonly IValueScope _scope;
    private readonly Dictionary<Node, Operand> _observed = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _problems = [];

    public Evaluator(IValueScope scope) => _scope = scope;

    /// <summary>What each observed term evaluated to.</summary>
    public IReadOnlyDictionary<Node, Operand> Observed => _observed;

    /// <summary>Things that went wrong beyond a plain "does not hold": a pattern that timed out, an unknown function.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>True when an <c>all(...)</c> or <c>any(...)</c> met no series: the judgement is "no data", not false.</summary>
    public bool SawNoData { get; private set; }

    /// <summary>The value of <paramref name="node"/>.</summary>
    public Operand Evaluate(Node node) => node switch
    {
        LiteralNode literal => new Operand(literal.Value),
        InterpolatedStringNode text => Observe(node, new Operand(Value.Of(Interpolate(text)))),
        IdentifierNode identifier => Observe(node, _scope.Lookup(identifier.Name) is { } value ? new Operand(value) : Operand.Absent),
        VariableNode variable => Observe(node, Variable(variable.Reference)),
        GroupNode group => Evaluate(group.Inner),
        ListNode list => new Operand(new ListValue([.. list.Items.Select(i => Evaluate(i).Value)])),
        MemberNode member => Observe(node, Paths.Member(Evaluate(member.Target).Value, member.Name)),
        IndexNode index => Observe(node, Paths.Index(Evaluate(index.Target).Value, Evaluate(index.Index))),
        CallNode call => Observe(node, Call(call)),
        UnaryNode unary => Unary(unary),
        BinaryNode binary => Binary(binary),
        _ => Operand.Absent,
    };

    private Operand Observe(Node node, Operand operand)
    {
        _observed[node] = operand;
        return operand;
    }

    private Operand Variable(VariableSegment reference) =>
        _scope.Variable(reference.Name, reference.IsEnvironment) is { } text ? new Operand(Value.Of(text), FromVariable: true) : Operand.Absent;

    private string Interpolate(InterpolatedStringNode node)
    {
        var sb = new StringBuilder();
        foreach (var segment in node.Segments)
        {
            sb.Append(segment switch
            {
                TextSegment text => text.Text,
                VariableSegment reference => _scope.Variable(reference.Name, reference.IsEnvironment) ?? "",
                _ => "",
            });
        }
        return sb.ToString();
    }

    private Operand Call(CallNode node)
    {
        if (SeriesQuantifiers.Is(node.Name))
        {
            return Quantify(node);
        }
        var arguments = node.Arguments.Select(a => Evaluate(a).Value).ToList();
        if (!ExpressionFunctions.All.TryGetValue(node.Name, out var function))
        {
            _problems.Add($"unknown function '{node.Name}'");
            return Operand.Absent;
        }
        if (arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments)
        {
            _problems.Add($"{node.Name}() was called with {arguments.Count} arguments; write {function.Usage}");
            return Operand.Absent;
        }
        return new Operand(function.Invoke(new FunctionCallContext(arguments, _scope)));
    }
}
