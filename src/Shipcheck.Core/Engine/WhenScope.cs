using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Engine;

/// <summary>
/// What a <c>when:</c> condition sees: its identifiers are variables, and a variable that reads true/false/yes/no is a
/// Bool (for <c>${name}</c> too), so <c>when: market_hours</c> works with <c>--var market_hours=no</c>.
/// </summary>
internal sealed class WhenScope(IVariableSource variables, TimeProvider time) : IValueScope
{
    public TimeProvider Time => time;

    public Value? Lookup(string identifier) => variables.Variable(identifier) is { } text ? Typed(text) : null;

    /// <summary><c>${name}</c> text; yes/no read as true/false, so a reference alone is a condition as the identifier is.</summary>
    public string? Variable(string name, bool isEnvironment)
    {
        if (isEnvironment)
        {
            return variables.Environment(name);
        }
        var text = variables.Variable(name);
        return text is null ? null : Typed(text) is BoolValue flag ? flag.Display() : text;
    }

    /// <summary>The value of a variable's text: a Bool for true/false/yes/no, otherwise the text.</summary>
    public static Value Typed(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" => Value.Of(true),
        "false" or "no" => Value.Of(false),
        _ => Value.Of(text),
    };
}
