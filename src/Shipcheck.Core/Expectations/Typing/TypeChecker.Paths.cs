using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations.Functions;
using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Typing;

internal sealed partial class TypeChecker
{
    private ValueKind TypeOfMember(MemberNode node)
    {
        var target = TypeOf(node.Target);
        if (target is not (ValueKind.Map or ValueKind.Any))
        {
            _errors.Add(TypeErrors.NoMembers(node.NameOffset, Text(node.Target), target, node.Name));
        }
        // What a map holds is known only when it is observed.
        return ValueKind.Any;
    }

    private ValueKind TypeOfIndex(IndexNode node)
    {
        var target = TypeOf(node.Target);
        var index = TypeOf(node.Index);
        switch (target)
        {
            case ValueKind.List when index is not (ValueKind.Number or ValueKind.Any):
            case ValueKind.Map when index is not (ValueKind.String or ValueKind.Any):
                _errors.Add(TypeErrors.BadIndex(node.Index.Start, Text(node.Index), target, index));
                break;
            case ValueKind.List or ValueKind.Map or ValueKind.Any:
                break;
            default:
                _errors.Add(TypeErrors.NotIndexable(node.Target.Start, Text(node.Target), target));
                break;
        }
        return ValueKind.Any;
    }

    private ValueKind TypeOfCall(CallNode node)
    {
        if (SeriesQuantifiers.Is(node.Name))
        {
            return TypeOfQuantifier(node);
        }
        var arguments = node.Arguments.Select(TypeOf).ToList();
        if (!ExpressionFunctions.All.TryGetValue(node.Name, out var function))
        {
            var known = ExpressionFunctions.All.Keys.Append(SeriesQuantifiers.All).Append(SeriesQuantifiers.Any).ToList();
            var hint = Suggestions.DidYouMean(node.Name, known) ?? $"functions: {string.Join(", ", known.Order(StringComparer.Ordinal))}";
            _errors.Add(TypeErrors.UnknownFunction(node.Start, node.Name, hint));
            return ValueKind.Any;
        }
        if (arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments)
        {
            _errors.Add(TypeErrors.ArgumentCount(node.Start, node.Name, function.MinArguments, function.MaxArguments, arguments.Count, function.Usage));
            return ValueKind.Any;
        }
        var context = new FunctionTypeContext(function, arguments, [.. node.Arguments.Select(Text)],
            [.. node.Arguments.Select(a => a.Start)], _scope, _errors.Add);
        return function.CheckTypes(context);
    }
}
