namespace Shipcheck.Core.Expectations.Syntax;

/// <summary>The kinds of token the lexer produces. Words (and, contains, true) are identifiers; the parser decides by position.</summary>
internal enum TokenKind
{
    Number,
    Duration,
    Size,
    String,
    Identifier,
    Variable,
    EqualEqual,
    BangEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Bang,
    AmpAmp,
    PipePipe,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Comma,
    Dot,
    Plus,
    Minus,
    Star,
    Slash,
    End,
}
