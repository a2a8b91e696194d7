using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Reports;

/// <summary>The run record as one indented JSON object; also what <c>--output json</c> prints.</summary>
public sealed class JsonRunReport : IRunReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // The report is read by people and by jq, not embedded in HTML: keep "<", "'" and non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public string FileExtension => "json";

    /// <inheritdoc/>
    public string Render(RunRecord run)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("id", run.Id);
            writer.WriteString("service", run.Service);
            writer.WriteString("environment", run.Environment);
            writer.WriteString("version", run.Version);
            writer.WriteString("verdict", Names.Of(run.Verdict));
            writer.WriteString("summary", run.Summary);
            writer.WriteString("started_at", run.StartedAt);
            WriteOptional(writer, "finished_at", run.FinishedAt);
            WriteOptional(writer, "duration_ms", ReportText.RunDuration(run) is { } d ? ReportText.Milliseconds(d) : null);
            writer.WriteString("user", run.User);
            writer.WriteString("host", run.Host);
            writer.WriteString("checklist", run.ChecklistPath);
            WriteMap(writer, "variables", run.Variables);
            WriteMap(writer, "captures", run.Captures);
            writer.WriteStartArray("steps");
            foreach (var step in run.Steps.OrderBy(s => s.Sequence))
            {
                WriteStep(writer, step);
            }
            writer.WriteEndArray();
            writer.WriteStartArray("notifications");
            foreach (var notification in run.Notifications)
            {
                WriteNotification(writer, notification);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteNotification(Utf8JsonWriter writer, NotificationRecord n)
    {
        writer.WriteStartObject();
        writer.WriteNumber("sequence", n.Sequence);
        writer.WriteString("event", Names.Snake(n.Event.ToString()));
        writer.WriteString("target", n.Target);
        writer.WriteString("kind", Names.Snake(n.Kind.ToString()));
        writer.WriteString("destination", n.Destination);
        writer.WriteString("status", Names.Snake(n.Status.ToString()));
        writer.WriteNumber("attempts", n.Attempts);
        writer.WriteString("at", n.At);
        writer.WriteNumber("duration_ms", ReportText.Milliseconds(n.Duration));
        writer.WriteString("detail", n.Detail);
        writer.WriteEndObject();
    }

    private static void WriteStep(Utf8JsonWriter writer, StepRecord step)
    {
        writer.WriteStartObject();
        writer.WriteNumber("sequence", step.Sequence);
        writer.WriteString("phase", Names.Of(step.Phase));
        writer.WriteString("name", step.Name);
        writer.WriteString("kind", step.Kind);
        writer.WriteString("status", Names.Of(step.Status));
        writer.WriteString("started_at", step.StartedAt);
        writer.WriteNumber("duration_ms", ReportText.Milliseconds(step.Duration));
        writer.WriteNumber("attempts", step.Attempts);
        writer.WriteNumber("round", step.Round);
        writer.WritePropertyName("observations");
        WriteObservations(writer, step.ObservationsJson);
        writer.WriteStartObject("evidence");
        writer.WriteString("output", step.Output);
        writer.WritePropertyName("expectations");
        ExpectationsJson.WriteArray(writer, step.Expectations);
        writer.WriteEndObject();
        writer.WriteString("message", step.Message);
        writer.WriteEndObject();
    }

    private static void WriteObservations(Utf8JsonWriter writer, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            // Re-written rather than copied raw, so it is indented like the rest of the report.
            document.RootElement.WriteTo(writer);
        }
        catch (JsonException)
        {
            // A damaged record is still shown, as the text it holds, rather than breaking the whole report.
            writer.WriteStringValue(json);
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, string> values)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in values)
        {
            writer.WriteString(key, value);
        }
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            writer.WriteString(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
