using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>What a <c>logs</c> step asks for.</summary>
/// <param name="Paths">Files or globs, relative to the checklist's folder.</param>
/// <param name="Tail">Only the last this many lines; null for all.</param>
/// <param name="Since">Only lines at most this old; null for all.</param>
/// <param name="TimeFormat">The exact timestamp format; null for the ISO-like default.</param>
/// <param name="ErrorPattern">The error regex; null for <see cref="LogsKind.DefaultErrorPattern"/>.</param>
/// <param name="Ignore">Regexes for lines that are never errors.</param>
/// <param name="Rotated">Whether files rotated away from the paths are read too; null for the default.</param>
public sealed record LogsOptions(
    IReadOnlyList<Template> Paths,
    long? Tail,
    TimeSpan? Since,
    Template? TimeFormat,
    Template? ErrorPattern,
    IReadOnlyList<Template> Ignore,
    bool? Rotated = null)
{
    /// <summary>
    /// True when rotated files are read: by default only with <c>tail</c> or <c>since</c>, whose window can reach back
    /// before the last rotation; a step that reads everything reads only what its paths name.
    /// </summary>
    public bool ReadsRotated => Rotated ?? (Tail is not null || Since is not null);

    /// <summary>Reads the options of a validated step.</summary>
    public static LogsOptions From(OptionValues options) => new(
        options.TextList(LogsKind.PathOption),
        options.Has(LogsKind.TailOption) ? options.Get(LogsKind.TailOption, 0L) : null,
        options.Has(LogsKind.SinceOption) ? options.Get(LogsKind.SinceOption, TimeSpan.Zero) : null,
        options.Text(LogsKind.TimeFormatOption),
        options.Text(LogsKind.ErrorPatternOption),
        options.TextList(LogsKind.IgnoreOption),
        options.Has(LogsKind.RotatedOption) ? options.Get(LogsKind.RotatedOption, false) : null);
}
