using System.Text;
using System.Text.Json;
using Shipcheck.Core.SecretScanning.Scanning;

namespace Shipcheck.Core.SecretScanning.Reports;

/// <summary>
/// The SARIF 2.1.0 report: one run of the tool "shipcheck", the rules that found something, a result per finding
/// with its region (SARIF's end column is one past the last character) and gitleaks' fingerprint.
/// </summary>
public static class SarifSecretReport
{
    /// <summary>The report as a SARIF log.</summary>
    public static string Render(SecretScanReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonSecretReport.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, report);
            json.WriteStartArray("results");
            foreach (var f in report.Findings)
            {
                WriteResult(json, f);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteTool(Utf8JsonWriter json, SecretScanReport report)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "shipcheck");
        json.WriteString("informationUri", "https://github.com/shipcheck/shipcheck/blob/main/docs/secrets.md");
        json.WriteStartArray("rules");
        foreach (var rule in report.Findings.DistinctBy(f => f.RuleId).OrderBy(f => f.RuleId, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", rule.RuleId);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Description.Length > 0 ? rule.Description : rule.RuleId);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, SecretFinding f)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", f.RuleId);
        json.WriteString("level", "error");
        json.WriteStartObject("message");
        json.WriteString("text", $"{f.Description}: {f.Secret}");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri.EscapeDataString(f.File).Replace("%2F", "/", StringComparison.Ordinal));
        json.WriteEndObject();
        if (f.StartLine > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", f.StartLine);
            json.WriteNumber("startColumn", f.StartColumn);
            json.WriteNumber("endLine", f.EndLine);
            json.WriteNumber("endColumn", f.EndColumn + 1);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("gitleaks/fingerprint", f.Fingerprint);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
