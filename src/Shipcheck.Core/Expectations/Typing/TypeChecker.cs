using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations.Functions;
using Shipcheck.Core.Expectations.Syntax;
using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Typing;

/// <summary>
/// Infers each node's type against a scope and records every problem, not just the first. A node that is wrong
/// gets type Any so one mistake does not cascade into several messages.
/// </summary>
internal sealed partial class TypeChecker
{
    private static readonly string[] Literals = ["true", "false", "null"];

    private readonly string _source;
    private readonly ITypeScope _scope;
    private readonly List<ExpressionError> _errors = [];

    private TypeChecker(string source, ITypeScope scope)
    {
        _source = source;
        _scope = scope;
    }

    /// <summary>The problems in <paramref name="root"/>; with <paramref name="asCondition"/> the whole must be a boolean.</summary>
    public static IReadOnlyList<ExpressionError> Check(Node root, string source, ITypeScope scope, bool asCondition)
    {
        var checker = new TypeChecker(source, scope);
        var kind = checker.TypeOf(root);
        if (asCondition)
        {
            checker.RequireCondition(root, kind);
        }
        return checker._errors;
    }

    private ValueKind TypeOf(Node node) => node switch
    {
        LiteralNode literal => literal.Value.Kind,
        InterpolatedStringNode text => TypeOfInterpolated(text),
        IdentifierNode identifier => TypeOfIdentifier(identifier),
        VariableNode variable => TypeOfVariable(variable.Reference),
        GroupNode group => TypeOf(group.Inner),
        ListNode list => TypeOfList(list),
        MemberNode member => TypeOfMember(member),
        IndexNode index => TypeOfIndex(index),
        CallNode call => TypeOfCall(call),
        UnaryNode unary => TypeOfUnary(unary),
        BinaryNode binary => TypeOfBinary(binary),
        _ => ValueKind.Any,
    };

    private ValueKind TypeOfIdentifier(IdentifierNode node)
    {
        if (_scope.TypeOf(node.Name) is { } kind)
        {
            return kind;
        }
        var hint = ExpressionFunctions.All.ContainsKey(node.Name)
            ? $"{node.Name} is a function: {ExpressionFunctions.All[node.Name].Usage}"
            : Suggestions.DidYouMean(node.Name, _scope.Identifiers.Concat(Literals)) ?? KnownNames();
        _errors.Add(TypeErrors.UnknownName(node.Start, node.Name, hint));
        return ValueKind.Any;
    }

    private string? KnownNames()
    {
        var names = _scope.Identifiers.Order(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? null : $"known names: {string.Join(", ", names.Take(12))}{(names.Count > 12 ? ", …" : "")}";
    }

    private ValueKind TypeOfVariable(VariableSegment reference)
    {
        if (!reference.IsEnvironment && !_scope.HasVariable(reference.Name))
        {
            _errors.Add(TypeErrors.UnknownVariable(reference.Offset, reference.Name));
        }
        // Variables are text whose meaning shows only when compared: "50" against a number is 50.
        return ValueKind.Any;
    }

    private ValueKind TypeOfInterpolated(InterpolatedStringNode node)
    {
        foreach (var reference in node.Segments.OfType<VariableSegment>())
        {
            TypeOfVariable(reference);
        }
        return ValueKind.String;
    }

    private ValueKind TypeOfList(ListNode node)
    {
        foreach (var item in node.Items)
        {
            TypeOf(item);
        }
        return ValueKind.List;
    }

    private void RequireCondition(Node node, ValueKind kind)
    {
        if (kind is not (ValueKind.Bool or ValueKind.Any))
        {
            _errors.Add(TypeErrors.NotACondition(node.Start, Text(node), kind));
        }
    }

    private string Text(Node node) => node.TextIn(_source);
}
