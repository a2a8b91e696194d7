namespace Shipcheck.Core.Expectations.Evaluation;

/// <summary>
/// A value during evaluation, with where it came from: variables are text that takes the type of what it is
/// compared with (<c>${min} == 50</c> compares numbers), and a missing observation reads differently from a null one.
/// <paramref name="Note"/> replaces the value in the explanation where the value alone says too little
/// (<c>all(value == 0) (1 of 3 series fail: …)</c>).
/// </summary>
internal readonly record struct Operand(Value Value, bool FromVariable = false, bool Missing = false, string? Note = null)
{
    /// <summary>Nothing was observed under that name or path.</summary>
    public static Operand Absent => new(Value.Null, Missing: true);
}
