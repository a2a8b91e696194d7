namespace Shipcheck.Core.Expectations.Syntax;

/// <summary>Unwinds the parser at the first syntax error; caught in <see cref="Parser.Parse"/> and never escapes it.</summary>
internal sealed class ParseFailure(ExpressionError error) : Exception(error.Message)
{
    /// <summary>The error to report.</summary>
    public ExpressionError Error { get; } = error;
}
