using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>A scan report as the preflight findings the <c>secrets</c> kind observes.</summary>
public static class SecretScanFindings
{
    /// <summary>A Fail per secret (at file:line:col), a Warn per file that deserved a look and was not scanned.</summary>
    public static IReadOnlyList<Finding> ToFindings(SecretScanReport report) =>
    [
        .. report.Findings.Select(f => Finding.Fail(f.RuleId, $"{f.Description}: {f.Secret} (fingerprint {f.Fingerprint})", f.Location)),
        .. report.Skipped.Where(s => s.IsWarning).Select(s => Finding.Warn(s.File, s.Detail)),
    ];
}
