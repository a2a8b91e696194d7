namespace Shipcheck.Core.Checklists.Loading;

/// <summary>The messages about <c>canary:</c> stages.</summary>
internal static partial class LoadErrors
{
    public static Diagnostic CanaryOutsideDeploy(SourceSpan span) =>
        new(span, "canary: stages belong in deploy", "move the canary: entry under deploy:");

    public static Diagnostic CanaryNotAlone(SourceSpan span) =>
        new(span, "a canary: entry has only `canary:`", "move name/expect/... into the steps of its stages");

    public static Diagnostic EmptyCanary(SourceSpan span) =>
        new(span, "canary: needs at least one stage", "list stages such as - stage: 10%, with steps: and analysis:");

    public static Diagnostic EmptyStage(SourceSpan span, string stage) =>
        new(span, $"canary stage '{stage}' has neither steps nor an analysis", "add the traffic-shift steps: and an analysis:, or remove the stage");

    public static Diagnostic DuplicateStage(SourceSpan span, string stage, SourceSpan first) =>
        new(span, $"a canary stage named '{stage}' already exists (line {first.Line})", "give each stage a distinct `stage:` name");

    public static Diagnostic EmptyAnalysis(SourceSpan span) =>
        new(span, "an analysis needs at least one check", "list the metric gates under checks:, such as - promql: ... with expect:");

    public static Diagnostic NegativeCount(SourceSpan span, string what) =>
        new(span, $"{what} cannot be negative", "write 0 or a positive whole number");

    public static Diagnostic UnreachableSuccesses(SourceSpan span, int needed, int rounds) =>
        new(span, $"consecutive_successes {needed} can never be reached: the window has room for {rounds} round(s)",
            "lower consecutive_successes, or lengthen for: / shorten every:");
}
