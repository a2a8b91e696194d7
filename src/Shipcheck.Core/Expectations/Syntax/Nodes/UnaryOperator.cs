namespace Shipcheck.Core.Expectations.Syntax.Nodes;

/// <summary>The prefix operators.</summary>
internal enum UnaryOperator
{
    Not,
    Negate,
}
