using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Syntax;

/// <summary>
/// Recursive descent over the tokens, lowest precedence first: or, and, not, comparisons, contains/matches/in,
/// + -, * /, unary minus, member/index/call, primary. Stops at the first syntax error.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>How deeply parentheses, brackets and prefix operators may nest; deeper input is an error, not a stack overflow.</summary>
    public const int MaxNesting = 100;

    /// <summary>How tall the tree may grow through chains such as <c>a and b and c ...</c>.</summary>
    public const int MaxTreeDepth = 256;

    private readonly IReadOnlyList<Token> _tokens;
    private int _index;
    private int _nesting;

    private Parser(IReadOnlyList<Token> tokens) => _tokens = tokens;

    /// <summary>The tree for <paramref name="source"/>, or the syntax errors.</summary>
    public static (Node? Root, IReadOnlyList<ExpressionError> Errors) Parse(string source)
    {
        var (tokens, lexErrors) = Lexer.Tokenize(source);
        if (lexErrors.Count > 0)
        {
            return (null, lexErrors);
        }
        if (tokens.Count == 1)
        {
            return (null, [SyntaxErrors.Empty()]);
        }
        var parser = new Parser(tokens);
        try
        {
            var root = parser.ParseExpression();
            if (parser.Current.Kind != TokenKind.End)
            {
                throw new ParseFailure(parser.Current.Kind is TokenKind.RightParen or TokenKind.RightBracket
                    ? SyntaxErrors.UnmatchedClose(parser.Current)
                    : SyntaxErrors.Trailing(parser.Current));
            }
            return (root, []);
        }
        catch (ParseFailure failure)
        {
            return (null, [failure.Error]);
        }
    }

    private Token Current => _tokens[_index];

    private Token Previous => _tokens[Math.Max(0, _index - 1)];

    private Token Advance() => _tokens[_index < _tokens.Count - 1 ? _index++ : _index];

    private bool Check(TokenKind kind) => Current.Kind == kind;

    private Node ParseExpression()
    {
        Enter();
        var node = ParseOr();
        _nesting--;
        return node;
    }

    /// <summary>Counts one level of nesting; every recursive path of the parser passes through here.</summary>
    private void Enter()
    {
        if (++_nesting > MaxNesting)
        {
            throw new ParseFailure(SyntaxErrors.TooDeep(Current.Offset, MaxNesting));
        }
    }

    private T Bounded<T>(T node, Token at) where T : Node =>
        node.Depth > MaxTreeDepth ? throw new ParseFailure(SyntaxErrors.TooLong(at.Offset, MaxTreeDepth)) : node;

    /// <summary>Consumes the closing bracket of <paramref name="open"/>; <paramref name="within"/> names a list for the error, null for a group.</summary>
    private Token ExpectClose(TokenKind kind, Token open, char close, string? within)
    {
        if (Check(kind))
        {
            return Advance();
        }
        throw new ParseFailure(Check(TokenKind.End) ? SyntaxErrors.NeverClosed(open, close)
            : within is null ? SyntaxErrors.Trailing(Current)
            : SyntaxErrors.ExpectedComma(Current, within));
    }
}
