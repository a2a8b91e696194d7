using System.Globalization;
using System.Text.Json;
using Shipcheck.Core.Gates.Locks;

namespace Shipcheck.Cli.Rendering;

/// <summary>Renders the locks held (and, when asked, their recent history) as lines, or as JSON for scripts.</summary>
internal static class LockRenderer
{
    public static async Task WriteAsync(TextWriter writer, IReadOnlyList<(LockHolder Holder, string? Dead)> held, IReadOnlyList<LockEvent>? events, bool json)
    {
        if (json)
        {
            var document = new Dictionary<string, object?>
            {
                ["locks"] = held.Select(h => new Dictionary<string, object?>
                {
                    ["name"] = h.Holder.Name,
                    ["run_id"] = h.Holder.RunId,
                    ["user"] = h.Holder.User,
                    ["host"] = h.Holder.Host,
                    ["pid"] = h.Holder.ProcessId,
                    ["since"] = h.Holder.Since,
                    ["heartbeat_at"] = h.Holder.HeartbeatAt,
                    ["dead"] = h.Dead,
                }),
            };
            if (events is not null)
            {
                document["events"] = events.Select(e => new Dictionary<string, object?>
                {
                    ["name"] = e.Name,
                    ["at"] = e.At,
                    ["kind"] = e.Kind,
                    ["run_id"] = e.RunId,
                    ["user"] = e.User,
                    ["detail"] = e.Detail,
                });
            }
            await writer.WriteLineAsync(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
            return;
        }
        if (held.Count == 0)
        {
            await writer.WriteLineAsync("no locks held");
        }
        foreach (var (holder, dead) in held)
        {
            var state = dead is null ? "" : $"  (looks dead: {dead}; the next run reclaims it)";
            await writer.WriteLineAsync($"{holder.Name}  {holder.Describe()}{state}");
        }
        if (events is { Count: > 0 })
        {
            await writer.WriteLineAsync("history:");
            foreach (var e in events)
            {
                var at = e.At.ToString("yyyy-MM-dd HH:mm:ssK", CultureInfo.InvariantCulture);
                await writer.WriteLineAsync($"  {at}  {e.Kind,-14} {e.Name}  run {e.RunId} by {e.User}{(e.Detail is null ? "" : $": {e.Detail}")}");
            }
        }
    }
}
