namespace Shipcheck.Core.Checklists.Loading;

internal static partial class LoadErrors
{
    public static Diagnostic IrreversibleOutsideDeploy(SourceSpan span, string step, string phase) =>
        new(span, $"step '{step}' in {phase} is marked irreversible, which only means something in pre and deploy",
            "irreversible: true decides whether a failed run may roll back after the step ran; move the step to pre: or deploy:, or remove irreversible:");
}
