using System.Text.Json;

namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>
/// Reads a previous JSON report (Shipcheck's, or gitleaks' own) as the fingerprints it holds. A finding is the same
/// one when its file, rule and line are: the redacted secret cannot tell two secrets apart, and columns are where
/// gitleaks and Shipcheck count differently.
/// </summary>
internal static class Baseline
{
    public static IEnumerable<string> Fingerprints(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw SecretScanException.Unreadable(path, e.Message);
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw SecretScanException.BadBaseline(path, "the top level is not a list of findings");
            }
            var fingerprints = new List<string>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("File", out var file) || file.ValueKind != JsonValueKind.String
                    || !item.TryGetProperty("RuleID", out var rule) || rule.ValueKind != JsonValueKind.String
                    || !item.TryGetProperty("StartLine", out var line) || !line.TryGetInt32(out var number))
                {
                    throw SecretScanException.BadBaseline(path, "a finding lacks File, RuleID or StartLine");
                }
                fingerprints.Add($"{file.GetString()}:{rule.GetString()}:{number}");
            }
            return fingerprints;
        }
        catch (JsonException e)
        {
            throw SecretScanException.BadBaseline(path, $"line {e.LineNumber + 1}: {e.Message.Split('.')[0]}");
        }
    }
}
