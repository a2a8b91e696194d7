using Shipcheck.Core.Engine;
using Shipcheck.Core.Notifications;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Reads <c>notify:</c>, a list of targets: one of webhook/slack/command, and events, message, link, tries, timeout.</summary>
internal sealed class NotifyReader(YamlContext ctx, IReadOnlySet<string> known)
{
    public const string Webhook = "webhook";
    public const string Slack = "slack";
    public const string Command = "command";

    public static IReadOnlyList<string> Keys { get; } = ["name", Webhook, Slack, Command, "events", "message", "link", "tries", "timeout"];

    public static IReadOnlyList<string> EventNames { get; } = [.. Enum.GetValues<NotificationEvent>().Select(e => Names.Snake(e.ToString()))];

    private static readonly (string Key, NotifyKind Kind)[] Destinations = [(Webhook, NotifyKind.Webhook), (Slack, NotifyKind.Slack), (Command, NotifyKind.Command)];

    /// <summary>Messages, links and URLs may name the event's fields as well as the run's variables.</summary>
    private readonly HashSet<string> _names = [.. known, .. NotificationFields.Descriptions.Keys];

    public IReadOnlyList<NotifyTarget> Read(YamlEntry? entry)
    {
        if (entry is null)
        {
            return [];
        }
        if (entry.Value is not YamlSequenceNode sequence)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(entry.Value, entry.Path), "a list of notify targets", YamlNodes.Describe(entry.Value)));
            return [];
        }
        var targets = new List<NotifyTarget>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (ReadTarget(sequence.Children[i], YamlNodes.Item(entry.Path, i), i + 1) is { } target)
            {
                targets.Add(target);
            }
        }
        return targets;
    }

    private NotifyTarget? ReadTarget(YamlNode node, string path, int position)
    {
        var entries = MappingReader.Read(ctx, node, path, "a notify target", Keys);
        if (entries is null)
        {
            return null;
        }
        var present = Destinations.Where(d => entries.ContainsKey(d.Key)).ToList();
        if (present.Count == 0)
        {
            ctx.Report(LoadErrors.NoNotifyDestination(ctx.Span(node, path)));
            return null;
        }
        if (present.Count > 1)
        {
            ctx.Report(LoadErrors.TwoNotifyDestinations(ctx.Span(entries[present[1].Key].Key, path), present[0].Key, present[1].Key));
            return null;
        }
        var (key, kind) = present[0];
        var destination = Template(entries[key]);
        var name = entries.TryGetValue("name", out var nameEntry) ? ScalarReader.Text(ctx, nameEntry.Value, nameEntry.Path) : $"{key} #{position}";
        var events = entries.TryGetValue("events", out var eventsEntry) ? ReadEvents(eventsEntry) : null;
        var message = entries.TryGetValue("message", out var messageEntry) ? Template(messageEntry) : null;
        var link = entries.TryGetValue("link", out var linkEntry) ? Template(linkEntry) : null;
        var tries = entries.TryGetValue("tries", out var triesEntry) ? ReadTries(triesEntry) : NotifyTarget.DefaultTries;
        var timeout = entries.TryGetValue("timeout", out var timeoutEntry) ? ScalarReader.PositiveDuration(ctx, timeoutEntry, "notify timeout") : NotifyTarget.DefaultTimeout;
        if (destination is null || name is null || tries is null || timeout is null)
        {
            return null;
        }
        return new NotifyTarget
        {
            Name = name,
            Kind = kind,
            Destination = destination,
            Events = events ?? new HashSet<NotificationEvent>(Enum.GetValues<NotificationEvent>()),
            Message = message,
            Link = link,
            Tries = tries.Value,
            Timeout = timeout.Value,
        };
    }

    private Template? Template(YamlEntry entry)
    {
        var template = ScalarReader.Template(ctx, entry.Value, entry.Path);
        if (template is not null)
        {
            ReferenceChecker.Check(ctx, template, ctx.ContentSpan(entry.Value, entry.Path), _names);
        }
        return template;
    }

    private HashSet<NotificationEvent>? ReadEvents(YamlEntry entry)
    {
        IReadOnlyList<YamlNode> items = entry.Value is YamlSequenceNode list ? [.. list.Children] : [entry.Value];
        var events = new HashSet<NotificationEvent>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = entry.Value is YamlSequenceNode ? YamlNodes.Item(entry.Path, i) : entry.Path;
            var text = ScalarReader.Text(ctx, items[i], path, "an event name");
            if (text is null)
            {
                continue;
            }
            if (!EventNames.Contains(text))
            {
                ctx.Report(LoadErrors.NotAllowed(ctx.Span(items[i], path), text, EventNames));
                continue;
            }
            events.Add(Names.Parse<NotificationEvent>(text));
        }
        return events;
    }

    private int? ReadTries(YamlEntry entry)
    {
        var tries = ScalarReader.Integer(ctx, entry.Value, entry.Path);
        if (tries is < 1 or > 10)
        {
            ctx.Report(LoadErrors.BadTries(ctx.Span(entry.Value, entry.Path), tries.Value));
            return null;
        }
        return (int?)tries;
    }
}
