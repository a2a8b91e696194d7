using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Engine;

/// <summary>Gives every kind that has an <see cref="IRunStartHook"/> its one look at the world before the first step.</summary>
internal static class RunStartHooks
{
    public static async Task RunAsync(RunSession session, CancellationToken stop)
    {
        var steps = session.Run.Checklist.Phases.Values.SelectMany(nodes => nodes).SelectMany(StepNodes.Flatten);
        foreach (var kind in steps.GroupBy(s => s.Kind))
        {
            if (kind.Key is not IRunStartHook hook)
            {
                continue;
            }
            try
            {
                await hook.OnRunStartAsync([.. kind.Select(s => s.Options)], session.ProbeContext("run start", []), stop);
            }
            catch (Exception)
            {
                // What a hook learns only sharpens later steps (which say in their evidence when they lack it); a
                // broken or interrupted one must not stop a deployment, nor keep the run from being recorded.
            }
        }
    }
}
