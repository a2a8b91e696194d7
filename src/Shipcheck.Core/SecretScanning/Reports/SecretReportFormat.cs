using Shipcheck.Core.SecretScanning.Scanning;

namespace Shipcheck.Core.SecretScanning.Reports;

/// <summary>The formats a scan report is written in. Every one holds secrets only redacted, as the findings do.</summary>
public enum SecretReportFormat
{
    /// <summary>One line a finding (<c>file:line:col rule redacted</c>) and a summary, for people.</summary>
    Text,

    /// <summary>A JSON array of findings with gitleaks' report field names (readable back as a baseline).</summary>
    Json,

    /// <summary>SARIF 2.1.0, for code-scanning dashboards.</summary>
    Sarif,

    /// <summary>JUnit XML, for CI test views: a failing test case per finding.</summary>
    Junit,
}

/// <summary>Renders a report in a <see cref="SecretReportFormat"/>.</summary>
public static class SecretReports
{
    /// <summary>The format named <paramref name="name"/> (text, json, sarif, junit; any case), or null.</summary>
    public static SecretReportFormat? Parse(string name) =>
        Enum.TryParse<SecretReportFormat>(name, ignoreCase: true, out var format) && Enum.IsDefined(format) && !int.TryParse(name, out _) ? format : null;

    /// <summary>The whole report as text in <paramref name="format"/>.</summary>
    public static string Render(SecretScanReport report, SecretReportFormat format) => format switch
    {
        SecretReportFormat.Json => JsonSecretReport.Render(report),
        SecretReportFormat.Sarif => SarifSecretReport.Render(report),
        SecretReportFormat.Junit => JunitSecretReport.Render(report),
        _ => TextSecretReport.Render(report),
    };
}
