using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Engine;

/// <summary>
/// What a <c>when:</c> condition sees: its identifiers are variables, and a variable named bare that reads
/// true/false/yes/no is a Bool, so <c>when: market_hours</c> works with <c>--var market_hours=no</c>. A <c>${name}</c>
/// reference is the variable's text as it is, so <c>when: ${running} == "yes"</c> compares text with text.
/// </summary>
internal sealed class WhenScope(IVariableSource variables, TimeProvider time) : IValueScope
{
    public TimeProvider Time => time;

    public Value? Lookup(string identifier) => variables.Variable(identifier) is { } text ? Typed(text) : null;

    /// <summary><c>${name}</c>: the text as it is (the expression language converts it where it meets a typed operand).</summary>
    public string? Variable(string name, bool isEnvironment) =>
        isEnvironment ? variables.Environment(name) : variables.Variable(name);

    /// <summary>The value of a variable's text: a Bool for true/false/yes/no, otherwise the text.</summary>
    public static Value Typed(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" => Value.Of(true),
        "false" or "no" => Value.Of(false),
        _ => Value.Of(text),
    };
}
