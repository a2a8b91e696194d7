namespace Shipcheck.Core.Expectations.Syntax;

/// <summary>Literal text inside a string, escapes already decoded.</summary>
internal sealed record TextSegment(string Text) : StringSegment;
