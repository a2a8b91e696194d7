using System.Text;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Cli.Rendering;

/// <summary>The gates part of a dry-run plan: freeze windows (judged at the plan's time), lock, sign-offs, notifications.</summary>
internal static class PlanGatesRenderer
{
    public static void Write(StringBuilder text, PlannedGates gates)
    {
        if (gates.IsEmpty)
        {
            return;
        }
        text.AppendLine("gates (the checklist's freezes judged now; ad-hoc freezes, the lock and sign-offs when the run starts):");
        foreach (var freeze in gates.Freezes)
        {
            var state = freeze.OnNow
                ? $"ON now{(freeze.Until is null ? "" : $", {freeze.Until}")}: a run started now is blocked"
                : "off now";
            var overriding = freeze.OverrideRole is { } role
                ? $"; --override \"reason\" with a sign-off from {role}"
                : "; no override role";
            text.AppendLine($"  freeze {freeze.Name}: {freeze.Covers} ({state}{overriding})");
        }
        if (gates.Lock is { } name)
        {
            text.AppendLine($"  lock {name}: one run at a time; a second is blocked, or waits with --wait");
        }
        foreach (var point in gates.Signoffs)
        {
            var self = point.AllowSelf ? "the run's starter may sign" : "the run's starter may not sign";
            var wait = point.Wait > TimeSpan.Zero ? $"waits up to {Durations.Format(point.Wait)}" : "does not wait";
            text.AppendLine($"  sign-offs before {point.Before}: {point.Required} of {string.Join(", ", point.Roles)}; {wait}; {self}");
        }
        foreach (var target in gates.Notify)
        {
            text.AppendLine($"  notify {target.Name} ({target.Kind} {target.Destination}): {string.Join(", ", target.Events)}");
        }
    }
}
