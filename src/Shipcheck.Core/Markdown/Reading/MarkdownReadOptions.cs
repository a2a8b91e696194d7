using Shipcheck.Core.Markdown.Repair;

namespace Shipcheck.Core.Markdown.Reading;

/// <summary>What the reader recognises; the defaults cover the seeds and English, Korean, German and Japanese wording.</summary>
public sealed record MarkdownReadOptions
{
    /// <summary>The defaults.</summary>
    public static MarkdownReadOptions Default { get; } = new();

    /// <summary>
    /// Words that start an expected-result line when a colon follows them (emphasis around them is ignored), longest
    /// first: <c>Expected:</c>, <c>**Expected output**:</c>, <c># Expected: …</c> as a comment in a code block.
    /// </summary>
    public IReadOnlyList<string> ExpectedMarkers { get; init; } =
        ["Expected output", "Expected result", "Expected", "예상 결과", "예상", "기대 결과", "Erwartetes Ergebnis", "Erwartet", "期待される結果", "期待値", "期待"];

    /// <summary>Glyphs used as an empty box at the start of a list item.</summary>
    public IReadOnlyList<string> OpenBoxGlyphs { get; init; } = ["☐", "□"];

    /// <summary>Glyphs used as a ticked box at the start of a list item.</summary>
    public IReadOnlyList<string> CheckedBoxGlyphs { get; init; } = ["☑", "✅", "☒"];

    /// <summary>The code pages mis-decoded text is tried against; empty turns the repair off.</summary>
    public IReadOnlyList<LegacyCodePage> CodePages { get; init; } = LegacyCodePage.Defaults;
}
