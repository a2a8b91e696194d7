using System.Text;
using Shipcheck.Core.SecretScanning.Scanning;

namespace Shipcheck.Core.SecretScanning.Reports;

/// <summary>The text report: a line a finding, a line a file not scanned that deserved a look, and a summary.</summary>
public static class TextSecretReport
{
    /// <summary>The report as lines of text.</summary>
    public static string Render(SecretScanReport report)
    {
        var text = new StringBuilder();
        foreach (var f in report.Findings)
        {
            text.Append($"{f.Location} {f.RuleId} {f.Secret}\n");
        }
        foreach (var s in report.Skipped.Where(s => s.IsWarning))
        {
            text.Append($"not scanned: {s.File}: {s.Detail}\n");
        }
        text.Append(Summary(report)).Append('\n');
        return text.ToString();
    }

    /// <summary>One line: how many secrets, how much was scanned, with which rules.</summary>
    public static string Summary(SecretScanReport report)
    {
        var found = report.Findings.Count switch
        {
            0 => "no secrets found",
            1 => "1 secret found",
            var n => $"{n} secrets found",
        };
        return $"{found} in {report.FilesScanned} files ({report.BytesScanned} bytes) with {report.RuleCount} rules from {report.RulesSource}; "
            + $"{report.Skipped.Count} not scanned, {report.Suppressed} suppressed by .gitleaksignore or the baseline"
            + (report.UsedGit ? "" : " (not a git repository: .gitignore not applied)");
    }
}
