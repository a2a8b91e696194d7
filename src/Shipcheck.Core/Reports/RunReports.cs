namespace Shipcheck.Core.Reports;

/// <summary>The report formats Shipcheck knows. Adding a format is one file in <c>Reports/</c> and one line here.</summary>
public static class RunReports
{
    /// <summary>Every format, in the order help text lists them.</summary>
    public static IReadOnlyList<IRunReport> All { get; } =
    [
        new JsonRunReport(),
        new MarkdownRunReport(),
        new JUnitRunReport(),
    ];

    /// <summary>The format names, for help text and error messages (<c>json, markdown, junit</c>).</summary>
    public static string FormatNames => string.Join(", ", All.Select(r => r.Format));

    /// <summary>The report named <paramref name="format"/> (case-insensitive), or null.</summary>
    public static IRunReport? Find(string format) =>
        All.FirstOrDefault(r => string.Equals(r.Format, format.Trim(), StringComparison.OrdinalIgnoreCase));
}
