using Shipcheck.Core.Expectations.Typing;

namespace Shipcheck.Core.Expectations.Functions;

/// <summary>What a function's type rule sees: the argument types and texts, the scope, and a way to report problems.</summary>
public sealed class FunctionTypeContext
{
    private readonly IReadOnlyList<int> _offsets;
    private readonly Action<ExpressionError> _report;

    internal FunctionTypeContext(ExpressionFunction function, IReadOnlyList<ValueKind> arguments, IReadOnlyList<string> texts,
        IReadOnlyList<int> offsets, ITypeScope scope, Action<ExpressionError> report)
    {
        Function = function;
        Arguments = arguments;
        ArgumentTexts = texts;
        _offsets = offsets;
        Scope = scope;
        _report = report;
    }

    /// <summary>The function being called.</summary>
    public ExpressionFunction Function { get; }

    /// <summary>Each argument's type.</summary>
    public IReadOnlyList<ValueKind> Arguments { get; }

    /// <summary>Each argument as written, for messages.</summary>
    public IReadOnlyList<string> ArgumentTexts { get; }

    /// <summary>The names and variables the call may use.</summary>
    public ITypeScope Scope { get; }

    /// <summary>Reports a problem with argument <paramref name="index"/>.</summary>
    public void Reject(int index, string message, string? hint = null) => _report(new ExpressionError(_offsets[index], message, hint));

    /// <summary>
    /// Checks that argument <paramref name="index"/> is one of <paramref name="kinds"/> (or not known until run time);
    /// otherwise reports "<c>age() needs a timestamp; `x` is a list</c>". Returns whether it was accepted.
    /// </summary>
    public bool Require(int index, string expected, params ValueKind[] kinds)
    {
        var kind = Arguments[index];
        if (kind == ValueKind.Any || kinds.Contains(kind))
        {
            return true;
        }
        Reject(index, $"{Function.Name}() needs {expected}; `{ArgumentTexts[index]}` is {KindNames.WithArticle(kind)}", $"write {Function.Usage}");
        return false;
    }
}
