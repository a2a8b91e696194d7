using System.Globalization;
using System.Text;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>A <c>docker</c> step's evidence: a summary naming what is not running, then a table like <c>docker ps -a</c>.</summary>
internal static class ContainerTable
{
    private const int MaxRows = 50;

    private static readonly string[] Headers = ["NAME", "STATE", "HEALTH", "RESTARTS", "STARTED", "IMAGE"];

    public static string Render(IReadOnlyList<ContainerInspection> containers, IReadOnlyList<string> missing, DateTimeOffset now, string nothingFound)
    {
        var text = new StringBuilder(Summary(containers, missing, nothingFound));
        if (containers.Count == 0)
        {
            return text.ToString();
        }
        var rows = containers.Take(MaxRows).Select(c => Row(c, now)).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            text.Append('\n').AppendJoin("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i])));
        }
        if (containers.Count > MaxRows)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n… and {containers.Count - MaxRows} more");
        }
        return text.ToString();
    }

    /// <summary>The first line of the evidence: how many run, and which do not and why.</summary>
    public static string Summary(IReadOnlyList<ContainerInspection> containers, IReadOnlyList<string> missing, string nothingFound)
    {
        if (containers.Count == 0 && missing.Count == 0)
        {
            return nothingFound;
        }
        var running = containers.Count(c => c.Running);
        var total = containers.Count + missing.Count;
        var down = containers.Where(c => !c.Running).Select(c => $"{c.Name} ({Describe(c)})").Concat(missing.Select(m => $"{m} (missing)")).ToList();
        return down.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"all {total} running")
            : string.Create(CultureInfo.InvariantCulture, $"{running} of {total} running; not running: {string.Join(", ", down)}");
    }

    private static string[] Row(ContainerInspection container, DateTimeOffset now) =>
    [
        container.Name,
        Describe(container),
        container.Health.Length == 0 ? "-" : container.Health,
        container.RestartCount.ToString(CultureInfo.InvariantCulture),
        container.StartedAt is { } started ? Ago(now - started) : "never",
        container.Image,
    ];

    private static string Describe(ContainerInspection container) => container.State == "exited"
        ? string.Create(CultureInfo.InvariantCulture, $"exited ({container.ExitCode})")
        : container.State;

    // Whole seconds read like docker ps; a clock a little behind the engine's reads "just now", not a negative age.
    private static string Ago(TimeSpan age) => age < TimeSpan.FromSeconds(1)
        ? "just now"
        : $"{Durations.Format(TimeSpan.FromSeconds(Math.Floor(age.TotalSeconds)))} ago";
}
