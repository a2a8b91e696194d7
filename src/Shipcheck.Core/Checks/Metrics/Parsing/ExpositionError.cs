namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>Why an exposition could not be parsed, worded like the reference parser (prometheus/common expfmt).</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Message">What is wrong there: <c>expected float as value, got "abc"</c>.</param>
public sealed record ExpositionError(int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"text format parsing error in line {Line}: {Message}";
}
