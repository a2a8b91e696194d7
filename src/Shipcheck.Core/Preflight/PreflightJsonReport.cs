using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Shipcheck.Core.Engine;

namespace Shipcheck.Core.Preflight;

/// <summary>
/// <c>preflight --output results.json</c>: every check with its status and every item with status and message, for
/// CI and dashboards. The run id links it to the stored record.
/// </summary>
public static class PreflightJsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON of <paramref name="result"/>.</summary>
    public static string Render(PreflightResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("run_id", result.Run.Id);
            writer.WriteString("version", result.Run.Version);
            writer.WriteString("date", result.Run.StartedAt);
            writer.WriteBoolean("strict", result.Strict);
            writer.WriteBoolean("passed", result.Passed);
            writer.WriteString("result", $"{result.PassedCount}/{result.Checks.Count}");
            writer.WriteString("verdict", Names.Of(result.Run.Verdict));
            writer.WriteStartArray("checks");
            foreach (var check in result.Checks)
            {
                writer.WriteStartObject();
                writer.WriteString("name", check.Name);
                writer.WriteString("kind", check.Kind);
                writer.WriteString("step_status", Names.Of(check.StepStatus));
                writer.WriteBoolean("passed", check.Passed);
                writer.WriteStartArray("items");
                foreach (var item in check.Items)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", item.Name);
                    writer.WriteString("status", item.Status);
                    writer.WriteString("message", item.Message);
                    if (item.Location is { } location)
                    {
                        writer.WriteString("location", location);
                    }
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
