using Shipcheck.Core.Checklists.Loading;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Gates.Freeze;

/// <summary>Reads <c>freeze:</c>, a list of windows, reporting every problem with its place.</summary>
internal static class FreezeReader
{
    public static IReadOnlyList<FreezeWindow> Read(YamlContext ctx, YamlEntry? entry, string checklistDirectory)
    {
        if (entry is null)
        {
            return [];
        }
        var windows = new List<FreezeWindow>();
        foreach (var (node, path) in GateListReader.Items(ctx, entry, "start each freeze with '- name: ...'"))
        {
            if (ReadOne(ctx, node, path, checklistDirectory) is { } window)
            {
                if (windows.Any(w => w.Name == window.Name))
                {
                    ctx.Report(GateErrors.DuplicateFreeze(window.Span, window.Name));
                }
                windows.Add(window);
            }
        }
        return windows;
    }

    private static FreezeWindow? ReadOne(YamlContext ctx, YamlNode node, string path, string checklistDirectory)
    {
        var entries = MappingReader.Read(ctx, node, path, "a freeze", GateKeys.FreezeEntry);
        if (entries is null)
        {
            return null;
        }
        var span = ctx.Span(node, path);
        var errors = ctx.Diagnostics.Items.Count;
        var name = entries.TryGetValue("name", out var nameEntry) ? ScalarReader.Text(ctx, nameEntry.Value, nameEntry.Path) : null;
        if (nameEntry is null)
        {
            ctx.Report(LoadErrors.MissingKey(span, "name", "a freeze", "name it for the blocked message, such as name: market open"));
        }
        var zone = entries.TryGetValue("timezone", out var zoneEntry) ? Zone(ctx, zoneEntry) : TimeZoneInfo.Utc;
        var days = entries.TryGetValue("days", out var daysEntry) ? Days(ctx, daysEntry) : null;
        DailyWindow? between = entries.TryGetValue("between", out var betweenEntry) ? Between(ctx, betweenEntry) : null;
        var dates = entries.TryGetValue("dates", out var datesEntry) ? Dates(ctx, datesEntry) : [];
        var file = entries.TryGetValue("file", out var fileEntry) ? ScalarReader.Text(ctx, fileEntry.Value, fileEntry.Path, "a file path") : null;
        var over = entries.TryGetValue("override", out var overrideEntry) ? Override(ctx, overrideEntry) : null;
        if (daysEntry is null && betweenEntry is null && datesEntry is null && fileEntry is null)
        {
            ctx.Report(GateErrors.EmptyFreeze(span));
        }
        if (name is null || ctx.Diagnostics.Items.Count > errors)
        {
            return null;
        }
        return new FreezeWindow
        {
            Name = name,
            Zone = zone ?? TimeZoneInfo.Utc,
            Days = days,
            Between = between,
            Dates = dates,
            FlagFile = file is null ? null : Path.GetFullPath(file, checklistDirectory),
            Override = over,
            Span = span,
        };
    }

    private static TimeZoneInfo? Zone(YamlContext ctx, YamlEntry entry)
    {
        var id = ScalarReader.Text(ctx, entry.Value, entry.Path, "an IANA time zone");
        if (id is null)
        {
            return null;
        }
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            ctx.Report(GateErrors.UnknownZone(ctx.Span(entry.Value, entry.Path), id));
            return null;
        }
    }

    private static IReadOnlySet<DayOfWeek>? Days(YamlContext ctx, YamlEntry entry)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var (text, node, path) in GateListReader.Strings(ctx, entry, "weekdays"))
        {
            if (Weekdays.Parse(text) is { } parsed)
            {
                days.UnionWith(parsed);
            }
            else
            {
                ctx.Report(GateErrors.BadDays(ctx.Span(node, path), text));
            }
        }
        return days.Count > 0 ? days : null;
    }

    private static DailyWindow? Between(YamlContext ctx, YamlEntry entry)
    {
        var text = ScalarReader.Text(ctx, entry.Value, entry.Path, "a time window \"HH:MM-HH:MM\"");
        if (text is null)
        {
            return null;
        }
        var window = DailyWindow.Parse(text);
        if (window is null)
        {
            ctx.Report(GateErrors.BadBetween(ctx.Span(entry.Value, entry.Path), text));
        }
        return window;
    }

    private static List<DateRange> Dates(YamlContext ctx, YamlEntry entry)
    {
        var dates = new List<DateRange>();
        foreach (var (text, node, path) in GateListReader.Strings(ctx, entry, "a date"))
        {
            if (DateRange.Parse(text) is { } range)
            {
                dates.Add(range);
            }
            else
            {
                ctx.Report(GateErrors.BadDate(ctx.Span(node, path), text));
            }
        }
        return dates;
    }

    private static FreezeOverride? Override(YamlContext ctx, YamlEntry entry)
    {
        var entries = MappingReader.Read(ctx, entry.Value, entry.Path, "a freeze override", GateKeys.FreezeOverride);
        if (entries is null)
        {
            return null;
        }
        if (entries.TryGetValue("reason", out var reason) && ScalarReader.Text(ctx, reason.Value, reason.Path) is { } text && text != "required")
        {
            ctx.Report(GateErrors.ReasonRequired(ctx.Span(reason.Value, reason.Path), text));
        }
        if (!entries.TryGetValue("signoff", out var signoff))
        {
            ctx.Report(LoadErrors.MissingKey(ctx.Span(entry.Value, entry.Path), "signoff", "a freeze override", "name the role that may lift the freeze, such as signoff: release-manager"));
            return null;
        }
        var wait = entries.TryGetValue("wait", out var waitEntry) ? ScalarReader.Duration(ctx, waitEntry.Value, waitEntry.Path) : TimeSpan.Zero;
        return ScalarReader.Text(ctx, signoff.Value, signoff.Path, "a role") is { } role && wait is { } w ? new FreezeOverride(role.Trim(), w) : null;
    }
}
