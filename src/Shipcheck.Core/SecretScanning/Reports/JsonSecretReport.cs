using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Shipcheck.Core.SecretScanning.Scanning;

namespace Shipcheck.Core.SecretScanning.Reports;

/// <summary>
/// The JSON report: an array of findings named as gitleaks names them (RuleID, File, StartLine, ...; Secret and Match
/// redacted), so tools reading gitleaks reports read this one, and <c>--baseline</c> reads it back.
/// </summary>
public static class JsonSecretReport
{
    internal static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The report as a JSON array.</summary>
    public static string Render(SecretScanReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            foreach (var f in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("RuleID", f.RuleId);
                json.WriteString("Description", f.Description);
                json.WriteString("File", f.File);
                json.WriteNumber("StartLine", f.StartLine);
                json.WriteNumber("EndLine", f.EndLine);
                json.WriteNumber("StartColumn", f.StartColumn);
                json.WriteNumber("EndColumn", f.EndColumn);
                json.WriteString("Match", f.Match);
                json.WriteString("Secret", f.Secret);
                json.WriteNumber("Entropy", Math.Round(f.Entropy, 4));
                json.WriteStartArray("Tags");
                f.Tags.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteString("Fingerprint", f.Fingerprint);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
