namespace Shipcheck.Core.Expectations.Syntax;

/// <summary>Turns an expression's text into tokens, collecting every lexical error instead of stopping at the first.</summary>
internal sealed partial class Lexer
{
    private readonly string _text;
    private readonly List<Token> _tokens = [];
    private readonly List<ExpressionError> _errors = [];
    private int _position;

    private Lexer(string text) => _text = text;

    /// <summary>The tokens of <paramref name="text"/>, ending with <see cref="TokenKind.End"/>, and the errors found.</summary>
    public static (IReadOnlyList<Token> Tokens, IReadOnlyList<ExpressionError> Errors) Tokenize(string text)
    {
        var lexer = new Lexer(text);
        lexer.Run();
        return (lexer._tokens, lexer._errors);
    }

    private void Run()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (char.IsAsciiDigit(c))
            {
                ReadQuantity();
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                ReadIdentifier();
            }
            else if (c is '"' or '\'')
            {
                ReadString(c);
            }
            else if (c == '$' && Peek(1) == '{')
            {
                ReadVariable();
            }
            else
            {
                ReadOperator(c);
            }
        }
        _tokens.Add(new Token(TokenKind.End, _text.Length, ""));
    }

    private void ReadIdentifier()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }
        Add(TokenKind.Identifier, start);
    }

    private void ReadOperator(char c)
    {
        var start = _position;
        var next = Peek(1);
        var (kind, length) = (c, next) switch
        {
            ('=', '=') => (TokenKind.EqualEqual, 2),
            ('!', '=') => (TokenKind.BangEqual, 2),
            ('<', '=') => (TokenKind.LessEqual, 2),
            ('>', '=') => (TokenKind.GreaterEqual, 2),
            ('&', '&') => (TokenKind.AmpAmp, 2),
            ('|', '|') => (TokenKind.PipePipe, 2),
            ('<', _) => (TokenKind.Less, 1),
            ('>', _) => (TokenKind.Greater, 1),
            ('!', _) => (TokenKind.Bang, 1),
            ('(', _) => (TokenKind.LeftParen, 1),
            (')', _) => (TokenKind.RightParen, 1),
            ('[', _) => (TokenKind.LeftBracket, 1),
            (']', _) => (TokenKind.RightBracket, 1),
            (',', _) => (TokenKind.Comma, 1),
            ('.', _) => (TokenKind.Dot, 1),
            ('+', _) => (TokenKind.Plus, 1),
            ('-', _) => (TokenKind.Minus, 1),
            ('*', _) => (TokenKind.Star, 1),
            ('/', _) => (TokenKind.Slash, 1),
            _ => (TokenKind.End, 0),
        };
        if (length == 0)
        {
            _errors.Add(c switch
            {
                '=' => SyntaxErrors.SingleEquals(start),
                '&' => SyntaxErrors.SingleAmpersand(start),
                '|' => SyntaxErrors.SinglePipe(start),
                _ => SyntaxErrors.UnexpectedCharacter(start, c),
            });
            // Skip a whole surrogate pair so the message never shows half a character.
            _position += char.IsHighSurrogate(c) && char.IsLowSurrogate(next) ? 2 : 1;
            return;
        }
        _position += length;
        Add(kind, start);
    }

    private void Add(TokenKind kind, int start, object? value = null) =>
        _tokens.Add(new Token(kind, start, _text[start.._position], value));

    private char Peek(int ahead) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';
}
