using System.Text.RegularExpressions;
using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Evaluation;

internal sealed partial class Evaluator
{
    private Operand Unary(UnaryNode node)
    {
        var operand = Evaluate(node.Operand);
        return node.Operator == UnaryOperator.Not
            ? new Operand(Value.Of(!Coercion.Truth(operand)))
            : new Operand(Arithmetic.Negate(operand));
    }

    private Operand Binary(BinaryNode node)
    {
        var left = Evaluate(node.Left);
        var right = Evaluate(node.Right);
        var result = node.Operator switch
        {
            BinaryOperator.And => Value.Of(Coercion.Truth(left) && Coercion.Truth(right)),
            BinaryOperator.Or => Value.Of(Coercion.Truth(left) || Coercion.Truth(right)),
            BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual
                or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => Value.Of(Compare(node.Operator, node.Left, left, node.Right, right)),
            BinaryOperator.Contains => Value.Of(Contains(left, right)),
            BinaryOperator.Matches => Value.Of(Matches(left.Value, right.Value)),
            // A written list keeps its items' origin, so `status in [${ok}, 204]` coerces ${ok} like `==` would.
            BinaryOperator.In when node.Right is ListNode list => Value.Of(list.Items.Any(item => Compare(BinaryOperator.Equal, node.Left, left, item, Evaluate(item)))),
            BinaryOperator.In => Value.Of(Contains(right, left)),
            _ => Arithmetic.Apply(node.Operator, left, right),
        };
        return new Operand(result);
    }

    /// <summary>Comparisons with null are false, except asking whether something is (or is not) null.</summary>
    private static bool Compare(BinaryOperator op, Node leftNode, Operand leftOperand, Node rightNode, Operand rightOperand)
    {
        var (left, right) = Coercion.Align(leftOperand, rightOperand);
        var leftNull = left is NullValue;
        var rightNull = right is NullValue;
        if (leftNull || rightNull)
        {
            return op switch
            {
                BinaryOperator.Equal => leftNull && rightNull,
                // `x != null` asks about presence; `missing != 200` compares with nothing and is false.
                BinaryOperator.NotEqual => leftNull != rightNull && (IsNullLiteral(leftNode) || IsNullLiteral(rightNode)),
                _ => false,
            };
        }
        if (op == BinaryOperator.Equal)
        {
            return ValueComparer.Same(left, right);
        }
        if (op == BinaryOperator.NotEqual)
        {
            return !ValueComparer.Same(left, right);
        }
        return ValueComparer.Order(left, right) is { } order && op switch
        {
            BinaryOperator.Less => order < 0,
            BinaryOperator.LessOrEqual => order <= 0,
            BinaryOperator.Greater => order > 0,
            _ => order >= 0,
        };
    }

    private static bool IsNullLiteral(Node node) => node switch
    {
        LiteralNode { Value: NullValue } => true,
        GroupNode group => IsNullLiteral(group.Inner),
        _ => false,
    };

    /// <summary>Text in text, an item in a list, a key in a map.</summary>
    private static bool Contains(Operand container, Operand sought) => container.Value switch
    {
        StringValue text => AsText(sought.Value) is { } part && text.Value.Contains(part, StringComparison.Ordinal),
        ListValue list => list.Items.Any(item =>
        {
            var (a, b) = Coercion.Align(new Operand(item), sought);
            return ValueComparer.Same(a, b);
        }),
        MapValue map => AsText(sought.Value) is { } key && map.Entries.ContainsKey(key),
        _ => false,
    };

    private bool Matches(Value input, Value pattern)
    {
        if (AsText(input) is not { } text || pattern is not StringValue { Value: var source })
        {
            return false;
        }
        var (regex, error) = Patterns.Compile(source);
        if (regex is null)
        {
            _problems.Add($"the pattern \"{source}\" is not a valid regular expression: {error}");
            return false;
        }
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            _problems.Add($"the pattern \"{source}\" took longer than {Durations.Format(Patterns.MatchTimeout)} to match; simplify it");
            return false;
        }
    }

    /// <summary>Text to search in or for: strings as they are, numbers and booleans as written, nothing else.</summary>
    private static string? AsText(Value value) => value switch
    {
        StringValue s => s.Value,
        NumberValue or BoolValue => value.Display(),
        _ => null,
    };
}
