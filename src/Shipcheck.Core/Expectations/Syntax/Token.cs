namespace Shipcheck.Core.Expectations.Syntax;

/// <summary>One token: its kind, where it starts, its text as written and, for literals, the decoded value.</summary>
/// <param name="Kind">What sort of token.</param>
/// <param name="Offset">Where it starts in the expression's text.</param>
/// <param name="Text">The token as written.</param>
/// <param name="Value">A <see cref="Expectations.Value"/> for numbers, durations and sizes; string segments for strings;
/// a <see cref="VariableSegment"/> for <c>${name}</c>.</param>
internal readonly record struct Token(TokenKind Kind, int Offset, string Text, object? Value = null)
{
    /// <summary>The offset just past the token.</summary>
    public int End => Offset + Text.Length;

    /// <summary>True for an identifier spelled exactly <paramref name="word"/> (keywords are case-sensitive).</summary>
    public bool IsWord(string word) => Kind == TokenKind.Identifier && Text == word;
}
