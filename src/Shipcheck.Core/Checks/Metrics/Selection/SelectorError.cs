namespace Shipcheck.Core.Checks.Metrics.Selection;

/// <summary>Why a selector does not parse, and where.</summary>
/// <param name="Offset">The 0-based position in the selector text.</param>
/// <param name="Message">What is wrong there.</param>
/// <param name="Hint">What to write instead.</param>
public sealed record SelectorError(int Offset, string Message, string Hint)
{
    /// <summary>"at column 12: expected …", with the 1-based column.</summary>
    public string Describe() => $"at column {Offset + 1}: {Message}";
}
