using System.Text;
using System.Text.Json;

namespace Shipcheck.Core.Notifications;

/// <summary>The bodies sent: the generic event JSON (webhooks, a command's standard input) and Slack's payload.</summary>
internal static class NotificationPayloads
{
    /// <summary><c>{"event", "text", every field, "at"}</c>, in a fixed order.</summary>
    public static string EventJson(EventSnapshot e, string text) => Write(w =>
    {
        w.WriteString("event", e.Fields["event"]);
        w.WriteString("text", text);
        foreach (var (name, value) in e.Fields.Where(f => f.Key != "event"))
        {
            w.WriteString(name, value);
        }
        w.WriteString("at", e.At);
    });

    /// <summary>
    /// A Slack incoming-webhook payload: <c>text</c> (the notification's fallback) and <c>blocks</c> with the message
    /// and a context line. Slack reads <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as markup, so they are escaped.
    /// </summary>
    public static string Slack(EventSnapshot e, string text) => Write(w =>
    {
        var escaped = SlackEscape(text);
        w.WriteString("text", escaped);
        w.WriteStartArray("blocks");
        w.WriteStartObject();
        w.WriteString("type", "section");
        w.WriteStartObject("text");
        w.WriteString("type", "mrkdwn");
        w.WriteString("text", escaped);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("type", "context");
        w.WriteStartArray("elements");
        w.WriteStartObject();
        w.WriteString("type", "mrkdwn");
        w.WriteString("text", SlackEscape($"{e.Fields["event"]} · run {e.Fields["run_id"]} · {e.Fields["verdict"]} · {e.Fields["duration"]}"));
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    });

    public static string SlackEscape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps ✓, → and non-ASCII text readable in the receiver; the JSON stays valid.
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
