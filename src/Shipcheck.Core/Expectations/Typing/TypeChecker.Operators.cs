using Shipcheck.Core.Expectations.Evaluation;
using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Typing;

internal sealed partial class TypeChecker
{
    private ValueKind TypeOfUnary(UnaryNode node)
    {
        var operand = TypeOf(node.Operand);
        if (node.Operator == UnaryOperator.Not)
        {
            RequireCondition(node.Operand, operand);
            return ValueKind.Bool;
        }
        if (operand is ValueKind.Number or ValueKind.Duration or ValueKind.Any)
        {
            return operand;
        }
        _errors.Add(TypeErrors.BadNegation(node.Operand.Start, Text(node.Operand), operand));
        return ValueKind.Any;
    }

    private ValueKind TypeOfBinary(BinaryNode node)
    {
        var left = TypeOf(node.Left);
        var right = TypeOf(node.Right);
        switch (node.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                RequireCondition(node.Left, left);
                RequireCondition(node.Right, right);
                return ValueKind.Bool;
            case BinaryOperator.Equal or BinaryOperator.NotEqual:
                CheckComparable(node, node.OperatorOffset, node.Left, left, node.Right, right);
                return ValueKind.Bool;
            case BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                CheckOrdered(node, left, right);
                return ValueKind.Bool;
            case BinaryOperator.Contains:
                CheckContains(node, left, right);
                return ValueKind.Bool;
            case BinaryOperator.Matches:
                CheckMatches(node, left, right);
                return ValueKind.Bool;
            case BinaryOperator.In:
                CheckIn(node, left, right);
                return ValueKind.Bool;
            default:
                return ArithmeticType(node.Operator, left, right) is { } result ? result : ReportArithmetic(node, left, right);
        }
    }

    private void CheckOrdered(BinaryNode node, ValueKind left, ValueKind right)
    {
        foreach (var (operand, kind) in new[] { (node.Left, left), (node.Right, right) })
        {
            if (kind is ValueKind.Bool or ValueKind.List or ValueKind.Map or ValueKind.Null)
            {
                _errors.Add(TypeErrors.NotOrdered(operand.Start, node.OperatorText, Text(operand), kind));
                return;
            }
        }
        CheckComparable(node, node.OperatorOffset, node.Left, left, node.Right, right);
    }

    private void CheckContains(BinaryNode node, ValueKind left, ValueKind right)
    {
        switch (left)
        {
            case ValueKind.String or ValueKind.Map when right is not (ValueKind.String or ValueKind.Any):
                _errors.Add(TypeErrors.SearchForNonString(node.Right.Start, Text(node.Right), right, left == ValueKind.Map));
                break;
            case ValueKind.String or ValueKind.Map or ValueKind.List or ValueKind.Any:
                break;
            default:
                _errors.Add(TypeErrors.NotSearchable(node.Left.Start, Text(node.Left), left));
                break;
        }
    }

    private void CheckMatches(BinaryNode node, ValueKind left, ValueKind right)
    {
        if (left is not (ValueKind.String or ValueKind.Any))
        {
            _errors.Add(TypeErrors.NotMatchable(node.Left.Start, Text(node.Left), left));
        }
        if (right is not (ValueKind.String or ValueKind.Any))
        {
            _errors.Add(TypeErrors.PatternNotString(node.Right.Start, Text(node.Right), right));
        }
        else if (node.Right is LiteralNode { Value: StringValue pattern } && Patterns.Compile(pattern.Value) is { Error: { } reason })
        {
            _errors.Add(TypeErrors.BadPattern(node.Right.Start, pattern.Value, reason));
        }
    }

    private void CheckIn(BinaryNode node, ValueKind left, ValueKind right)
    {
        if (right is not (ValueKind.List or ValueKind.Map or ValueKind.String or ValueKind.Any))
        {
            _errors.Add(TypeErrors.NotACollection(node.Right.Start, Text(node.Right), right));
            return;
        }
        if (node.Right is ListNode list)
        {
            foreach (var item in list.Items)
            {
                CheckComparable(node, item.Start, node.Left, left, item, TypeOf(item));
            }
        }
    }

    private ValueKind ReportArithmetic(BinaryNode node, ValueKind left, ValueKind right)
    {
        _errors.Add(TypeErrors.BadArithmetic(node.OperatorOffset, node.OperatorText, left, right));
        return ValueKind.Any;
    }

    /// <summary>The type of <c>left op right</c> for + - * /, or null when the combination means nothing.</summary>
    private static ValueKind? ArithmeticType(BinaryOperator op, ValueKind left, ValueKind right) => (op, left, right) switch
    {
        (_, ValueKind.Any, _) or (_, _, ValueKind.Any) => ValueKind.Any,
        (_, ValueKind.Number, ValueKind.Number) => ValueKind.Number,
        (BinaryOperator.Add, ValueKind.String, ValueKind.String) => ValueKind.String,
        (BinaryOperator.Add or BinaryOperator.Subtract, ValueKind.Duration, ValueKind.Duration) => ValueKind.Duration,
        (BinaryOperator.Add or BinaryOperator.Subtract, ValueKind.Size, ValueKind.Size) => ValueKind.Size,
        (BinaryOperator.Subtract, ValueKind.Timestamp, ValueKind.Timestamp) => ValueKind.Duration,
        (BinaryOperator.Add or BinaryOperator.Subtract, ValueKind.Timestamp, ValueKind.Duration) => ValueKind.Timestamp,
        (BinaryOperator.Add, ValueKind.Duration, ValueKind.Timestamp) => ValueKind.Timestamp,
        (BinaryOperator.Multiply, ValueKind.Number, ValueKind.Duration or ValueKind.Size) => right,
        (BinaryOperator.Multiply or BinaryOperator.Divide, ValueKind.Duration or ValueKind.Size, ValueKind.Number) => left,
        (BinaryOperator.Divide, ValueKind.Duration, ValueKind.Duration) => ValueKind.Number,
        (BinaryOperator.Divide, ValueKind.Size, ValueKind.Size) => ValueKind.Number,
        _ => null,
    };
}
