namespace Shipcheck.Core.Expectations.Syntax.Nodes;

/// <summary>A string literal with <c>${...}</c> references inside: <c>"v${version}"</c>.</summary>
internal sealed class InterpolatedStringNode(IReadOnlyList<StringSegment> segments, Token token) : Node(token.Offset, token.End)
{
    /// <summary>Text and references, in order.</summary>
    public IReadOnlyList<StringSegment> Segments { get; } = segments;

    /// <summary>The spelling in the source, kept for explanations.</summary>
    public string Text { get; } = token.Text;
}
