using Shipcheck.Core.Engine;

namespace Shipcheck.Cli.Rendering;

/// <summary>How statuses and verdicts look: a glyph and a color, so a failure stands out at a glance.</summary>
internal static class StatusGlyphs
{
    public static (string Glyph, string Color) Of(StepStatus status) => status switch
    {
        StepStatus.Passed => ("✔", "green"),
        StepStatus.Failed => ("✘", "red"),
        StepStatus.Error => ("✘", "red"),
        StepStatus.NoData => ("?", "red"),
        StepStatus.Warned => ("!", "yellow"),
        _ => ("–", "grey"),
    };

    public static string ColorOf(Verdict verdict) => verdict switch
    {
        Verdict.Succeeded => "green",
        Verdict.RolledBack or Verdict.Failed or Verdict.Interrupted => "yellow",
        _ => "red",
    };
}
