using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Notifications;
using Shipcheck.Core.Store;
using Spectre.Console;

namespace Shipcheck.Cli.Rendering;

/// <summary>The <c>── notifications</c> section of <c>show RUN</c>: one line per delivery, destinations masked.</summary>
internal static class NotificationsRenderer
{
    public static void Write(IAnsiConsole console, IReadOnlyList<NotificationRecord> notifications)
    {
        if (notifications.Count == 0)
        {
            return;
        }
        console.MarkupLine("[bold blue]── notifications[/]");
        foreach (var n in notifications)
        {
            var (glyph, color) = n.Status switch
            {
                NotificationStatus.Delivered => ("✔", "green"),
                NotificationStatus.Failed => ("✘", "red"),
                _ => ("…", "yellow"),
            };
            var status = Names.Snake(n.Status.ToString());
            var tries = n.Attempts == 1 ? "1 try" : $"{n.Attempts} tries";
            console.MarkupLine($"  [{color}]{glyph} {status,-11}[/] {Names.Snake(n.Event.ToString())} → {Markup.Escape(n.Target)} " +
                $"[grey]({Names.Snake(n.Kind.ToString())} {Markup.Escape(n.Destination)}, {tries}, {Durations.Format(n.Duration)})[/]");
            if (n.Detail is { Length: > 0 } detail)
            {
                console.MarkupLine($"      {Markup.Escape(detail)}");
            }
        }
    }
}
