using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Syntax;

internal sealed partial class Parser
{
    private Node ParsePostfix()
    {
        var node = ParsePrimary();
        if (node is IdentifierNode && Check(TokenKind.LeftParen))
        {
            node = ParseCall(Previous);
        }
        while (true)
        {
            if (Check(TokenKind.Dot))
            {
                var dot = Advance();
                // Any word may name a member, keywords included: json.in, json.contains.
                var name = Check(TokenKind.Identifier) ? Advance() : throw new ParseFailure(SyntaxErrors.ExpectedMemberName(dot, Current));
                node = Bounded(new MemberNode(node, name), dot);
            }
            else if (Check(TokenKind.LeftBracket))
            {
                var open = Advance();
                var index = ParseExpression();
                var close = ExpectClose(TokenKind.RightBracket, open, ']', null);
                node = Bounded(new IndexNode(node, index, close.End), open);
            }
            else
            {
                return node;
            }
        }
    }

    private CallNode ParseCall(Token name)
    {
        var open = Advance();
        var arguments = ParseItems(TokenKind.RightParen, open, ')');
        return new CallNode(name, arguments, Previous.End);
    }

    private List<Node> ParseItems(TokenKind closing, Token open, char close)
    {
        var items = new List<Node>();
        if (Check(closing))
        {
            Advance();
            return items;
        }
        while (true)
        {
            if (Check(TokenKind.End))
            {
                throw new ParseFailure(SyntaxErrors.NeverClosed(open, close));
            }
            items.Add(ParseExpression());
            if (Check(TokenKind.Comma))
            {
                Advance();
                continue;
            }
            ExpectClose(closing, open, close, closing == TokenKind.RightParen ? "the arguments" : "the list");
            return items;
        }
    }

    private Node ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number or TokenKind.Duration or TokenKind.Size:
                Advance();
                return new LiteralNode((Value)token.Value!, token);
            case TokenKind.String:
                Advance();
                var segments = (IReadOnlyList<StringSegment>)token.Value!;
                return segments is [TextSegment text]
                    ? new LiteralNode(Value.Of(text.Text), token)
                    : new InterpolatedStringNode(segments, token);
            case TokenKind.Variable:
                Advance();
                return new VariableNode((VariableSegment)token.Value!, token);
            case TokenKind.Identifier:
                return ParseWord(token);
            case TokenKind.LeftParen:
                Advance();
                var inner = ParseExpression();
                var close = ExpectClose(TokenKind.RightParen, token, ')', null);
                return new GroupNode(token.Offset, inner, close.End);
            case TokenKind.LeftBracket:
                Advance();
                var items = ParseItems(TokenKind.RightBracket, token, ']');
                return new ListNode(token.Offset, items, Previous.End);
            case TokenKind.End:
                throw new ParseFailure(SyntaxErrors.EndsEarly(Previous));
            default:
                throw new ParseFailure(token.Kind is TokenKind.RightParen or TokenKind.RightBracket && !Expecting(token)
                    ? SyntaxErrors.UnmatchedClose(token)
                    : SyntaxErrors.ExpectedValue(token));
        }
    }

    private Node ParseWord(Token token)
    {
        Advance();
        return token.Text switch
        {
            "true" => new LiteralNode(Value.Of(true), token),
            "false" => new LiteralNode(Value.Of(false), token),
            "null" => new LiteralNode(Value.Null, token),
            // contains, matches and in stay names here: the file check observes `contains`.
            "and" or "or" => throw new ParseFailure(SyntaxErrors.ExpectedValue(token)),
            _ => new IdentifierNode(token),
        };
    }

    /// <summary>True when a bracket of this shape is open at this point, so the closer is premature rather than unmatched.</summary>
    private bool Expecting(Token closer)
    {
        var open = closer.Kind == TokenKind.RightParen ? TokenKind.LeftParen : TokenKind.LeftBracket;
        var balance = 0;
        for (var i = 0; i < _index; i++)
        {
            if (_tokens[i].Kind == open)
            {
                balance++;
            }
            else if (_tokens[i].Kind == closer.Kind)
            {
                balance--;
            }
        }
        return balance > 0;
    }
}
