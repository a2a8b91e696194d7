namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>An expected line turned into an expectation over a <c>run</c> step's observations, and why it means that.</summary>
/// <param name="Expression">The expectation, e.g. <c>stdout contains "WebSocket Connected"</c>.</param>
/// <param name="Form">Which recognised form it was (for the report).</param>
public sealed record RecognizedExpectation(string Expression, string Form);
