using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Syntax;

internal sealed partial class Parser
{
    private Node ParseOr()
    {
        var left = ParseAnd();
        while (Current.IsWord("or") || Check(TokenKind.PipePipe))
        {
            var op = Advance();
            left = Bounded(new BinaryNode(BinaryOperator.Or, op, left, ParseAnd()), op);
        }
        return left;
    }

    private Node ParseAnd()
    {
        var left = ParseNot();
        while (Current.IsWord("and") || Check(TokenKind.AmpAmp))
        {
            var op = Advance();
            left = Bounded(new BinaryNode(BinaryOperator.And, op, left, ParseNot()), op);
        }
        return left;
    }

    private Node ParseNot()
    {
        if (!Current.IsWord("not") && !Check(TokenKind.Bang))
        {
            return ParseComparison();
        }
        var op = Advance();
        Enter();
        var operand = ParseNot();
        _nesting--;
        return new UnaryNode(UnaryOperator.Not, op, operand);
    }

    private Node ParseComparison()
    {
        var left = ParseMembership();
        if (ComparisonOperator(Current) is not { } kind)
        {
            return left;
        }
        var op = Advance();
        var node = new BinaryNode(kind, op, left, ParseMembership());
        if (ComparisonOperator(Current) is not null)
        {
            throw new ParseFailure(SyntaxErrors.ChainedComparison(Current));
        }
        return node;
    }

    private Node ParseMembership()
    {
        var left = ParseAdditive();
        while (MembershipOperator(Current) is { } kind)
        {
            var op = Advance();
            left = Bounded(new BinaryNode(kind, op, left, ParseAdditive()), op);
        }
        return left;
    }

    private Node ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Check(TokenKind.Plus) || Check(TokenKind.Minus))
        {
            var op = Advance();
            var kind = op.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract;
            left = Bounded(new BinaryNode(kind, op, left, ParseMultiplicative()), op);
        }
        return left;
    }

    private Node ParseMultiplicative()
    {
        var left = ParseNegation();
        while (Check(TokenKind.Star) || Check(TokenKind.Slash))
        {
            var op = Advance();
            var kind = op.Kind == TokenKind.Star ? BinaryOperator.Multiply : BinaryOperator.Divide;
            left = Bounded(new BinaryNode(kind, op, left, ParseNegation()), op);
        }
        return left;
    }

    private Node ParseNegation()
    {
        if (!Check(TokenKind.Minus))
        {
            return ParsePostfix();
        }
        var op = Advance();
        Enter();
        var operand = ParseNegation();
        _nesting--;
        return new UnaryNode(UnaryOperator.Negate, op, operand);
    }

    private static BinaryOperator? ComparisonOperator(Token token) => token.Kind switch
    {
        TokenKind.EqualEqual => BinaryOperator.Equal,
        TokenKind.BangEqual => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.LessEqual => BinaryOperator.LessOrEqual,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.GreaterEqual => BinaryOperator.GreaterOrEqual,
        _ => null,
    };

    private static BinaryOperator? MembershipOperator(Token token) => token.Kind != TokenKind.Identifier ? null : token.Text switch
    {
        "contains" => BinaryOperator.Contains,
        "matches" => BinaryOperator.Matches,
        "in" => BinaryOperator.In,
        _ => null,
    };
}
