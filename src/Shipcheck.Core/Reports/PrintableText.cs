using System.Text.RegularExpressions;

namespace Shipcheck.Core.Reports;

/// <summary>
/// Text as a reader sees it: terminal colour codes and other control characters that commands print are removed,
/// so a Markdown or JUnit report shows <c>red</c> rather than <c>^[[31mred^[[0m</c>. Tabs and line breaks stay.
/// </summary>
internal static partial class PrintableText
{
    /// <summary>The text without escape sequences and control characters.</summary>
    public static string Of(string text) => ControlPattern().Replace(text, "");

    // CSI sequences (colours, cursor moves), OSC sequences (titles, links), two-character escapes, then lone controls.
    [GeneratedRegex(@"\x1B(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1B]*(?:\x07|\x1B\\)?|[@-Z\\-_])|[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]")]
    private static partial Regex ControlPattern();
}
