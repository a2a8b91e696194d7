namespace Shipcheck.Core.Expectations.Syntax.Nodes;

/// <summary>The infix operators.</summary>
internal enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Contains,
    Matches,
    In,
    Add,
    Subtract,
    Multiply,
    Divide,
}
