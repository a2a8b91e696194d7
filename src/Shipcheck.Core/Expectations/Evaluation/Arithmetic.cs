using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Evaluation;

/// <summary>+ - * / on numbers, durations, sizes and timestamps; anything meaningless or out of range gives null.</summary>
internal static class Arithmetic
{
    /// <summary>
    /// <c>left op right</c>. Variable text takes the other side's type when it can, else whichever quantity it reads as,
    /// so <c>2 * ${timeout}</c> with timeout "500ms" is one second.
    /// </summary>
    public static Value Apply(BinaryOperator op, Operand leftOperand, Operand rightOperand)
    {
        var left = Settle(leftOperand, rightOperand.Value);
        var right = Settle(rightOperand, left);
        try
        {
            return Compute(op, left, right);
        }
        catch (Exception e) when (e is OverflowException or ArgumentException)
        {
            return Value.Null;
        }
    }

    /// <summary><c>-x</c> for numbers and durations (variable text read as either).</summary>
    public static Value Negate(Operand operand)
    {
        var value = operand.FromVariable ? Coercion.To(operand.Value, ValueKind.Number) ?? Coercion.To(operand.Value, ValueKind.Duration) : operand.Value;
        return value switch
        {
            NumberValue n => Value.Of(-n.Value),
            DurationValue d when d.Value != TimeSpan.MinValue => Value.Of(-d.Value),
            _ => Value.Null,
        };
    }

    private static Value Settle(Operand operand, Value other)
    {
        if (!operand.FromVariable)
        {
            return operand.Value;
        }
        return (other is StringValue ? null : Coercion.To(operand.Value, other.Kind))
            ?? Coercion.To(operand.Value, ValueKind.Number)
            ?? Coercion.To(operand.Value, ValueKind.Duration)
            ?? Coercion.To(operand.Value, ValueKind.Size)
            ?? operand.Value;
    }

    private static Value Compute(BinaryOperator op, Value left, Value right) => (op, left, right) switch
    {
        (BinaryOperator.Add, NumberValue a, NumberValue b) => Value.Of(a.Value + b.Value),
        (BinaryOperator.Subtract, NumberValue a, NumberValue b) => Value.Of(a.Value - b.Value),
        (BinaryOperator.Multiply, NumberValue a, NumberValue b) => Value.Of(a.Value * b.Value),
        (BinaryOperator.Divide, NumberValue a, NumberValue b) => b.Value == 0 ? Value.Null : Value.Of(a.Value / b.Value),
        (BinaryOperator.Add, StringValue a, StringValue b) => Value.Of(a.Value + b.Value),
        (BinaryOperator.Add, DurationValue a, DurationValue b) => Value.Of(a.Value + b.Value),
        (BinaryOperator.Subtract, DurationValue a, DurationValue b) => Value.Of(a.Value - b.Value),
        (BinaryOperator.Multiply, DurationValue a, NumberValue b) => Value.Of(a.Value * b.Value),
        (BinaryOperator.Multiply, NumberValue a, DurationValue b) => Value.Of(b.Value * a.Value),
        (BinaryOperator.Divide, DurationValue a, NumberValue b) => b.Value == 0 ? Value.Null : Value.Of(a.Value / b.Value),
        (BinaryOperator.Divide, DurationValue a, DurationValue b) => b.Value == TimeSpan.Zero ? Value.Null : Value.Of(a.Value / b.Value),
        (BinaryOperator.Add, SizeValue a, SizeValue b) => Value.OfSize(checked(a.Bytes + b.Bytes)),
        (BinaryOperator.Subtract, SizeValue a, SizeValue b) => Value.OfSize(checked(a.Bytes - b.Bytes)),
        (BinaryOperator.Multiply, SizeValue a, NumberValue b) => Bytes(a.Bytes * b.Value),
        (BinaryOperator.Multiply, NumberValue a, SizeValue b) => Bytes(a.Value * b.Bytes),
        (BinaryOperator.Divide, SizeValue a, NumberValue b) => b.Value == 0 ? Value.Null : Bytes(a.Bytes / b.Value),
        (BinaryOperator.Divide, SizeValue a, SizeValue b) => b.Bytes == 0 ? Value.Null : Value.Of((double)a.Bytes / b.Bytes),
        (BinaryOperator.Subtract, TimestampValue a, TimestampValue b) => Value.Of(a.Value - b.Value),
        (BinaryOperator.Add, TimestampValue a, DurationValue b) => Value.Of(a.Value + b.Value),
        (BinaryOperator.Subtract, TimestampValue a, DurationValue b) => Value.Of(a.Value - b.Value),
        (BinaryOperator.Add, DurationValue a, TimestampValue b) => Value.Of(b.Value + a.Value),
        _ => Value.Null,
    };

    private static Value Bytes(double bytes) =>
        double.IsFinite(bytes) && Math.Abs(bytes) < long.MaxValue ? Value.OfSize((long)Math.Round(bytes)) : Value.Null;
}
