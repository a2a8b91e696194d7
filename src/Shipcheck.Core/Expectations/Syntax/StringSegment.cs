namespace Shipcheck.Core.Expectations.Syntax;

/// <summary>A piece of a string literal: text, or an interpolated variable reference.</summary>
internal abstract record StringSegment;
