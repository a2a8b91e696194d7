using Shipcheck.Core.Gates;
using Shipcheck.Core.Gates.Freeze;
using Shipcheck.Core.Gates.Signoffs;

namespace Shipcheck.Core.Engine;

/// <summary>The gates of a run (docs/gates.md): freezes before pre, sign-off points before deploy and before completion.</summary>
internal sealed partial class RunFlow
{
    private bool _blocked;
    private SignoffBinding? _binding;

    private IGateStore? GateStore => _session.Services.Store as IGateStore;

    /// <summary>
    /// Judges the freezes before anything runs; null when the run may go on. A freeze with an override role lets a
    /// run with <c>--override "reason"</c> through once that role signed off, recorded as break-glass.
    /// </summary>
    private async Task<Verdict?> BeforePreGatesAsync()
    {
        if (NeedsBinding && GateStore is { } store)
        {
            await store.SetRunCommitAsync(_session.RunId, (await BindingAsync()).Commit, CancellationToken.None);
        }
        var hits = await FreezeGate.FindAsync(Checklist.Freezes, GateStore, Checklist.Service, Checklist.Environment, _session.Time.GetUtcNow());
        if (hits.Count == 0)
        {
            return null;
        }
        var reason = _session.Run.Request.OverrideReason;
        if (reason is null || hits.Any(h => h.Override is null || h.AdHocId is not null) || GateStore is null)
        {
            _story.Add(GateMessages.Frozen(hits, _session.RunId, reason is not null));
            return Verdict.Blocked;
        }
        var roles = hits.Select(h => h.Override!.Role).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var point = new SignoffPoint { Before = SignoffMoment.Deploy, Roles = roles, Required = roles.Count, Wait = hits.Max(h => h.Override!.Wait) };
        var tally = await WaitForSignoffsAsync(point, GateStore);
        if (tally is null)
        {
            _story.Add(RunSummaries.Interrupted(Phase.Pre));
            _story.Add("nothing deployed");
            return Verdict.Interrupted;
        }
        if (!tally.Satisfied)
        {
            _story.Add(GateMessages.Frozen(hits, _session.RunId, overrideAsked: true));
            return Verdict.Blocked;
        }
        foreach (var hit in hits)
        {
            var role = hit.Override!.Role;
            var glass = new BreakGlass(hit.Name, reason, role, tally.Signed.First(s => string.Equals(s.Role, role, StringComparison.OrdinalIgnoreCase)).Name);
            await GateStore.SetBreakGlassAsync(_session.RunId, glass, CancellationToken.None);
            _story.Add(GateMessages.BrokeGlass(glass));
        }
        return null;
    }

    /// <summary>Waits for the checklist's sign-off point at <paramref name="moment"/>; null when there is none or it is met.</summary>
    private async Task<string?> SignoffGateAsync(SignoffMoment moment)
    {
        var point = Checklist.Signoffs.FirstOrDefault(p => p.Before == moment);
        if (point is null || Stopped)
        {
            return null;
        }
        if (GateStore is not { } store)
        {
            _blocked = true;
            return "blocked: this run store keeps no sign-offs";
        }
        var tally = await WaitForSignoffsAsync(point, store);
        if (tally is null)
        {
            return RunSummaries.Interrupted(_phase);
        }
        if (!tally.Satisfied)
        {
            _blocked = true;
            return GateMessages.Unsigned(moment, tally, _session.RunId);
        }
        _story.Add(GateMessages.SignedOff(moment, tally));
        return null;
    }

    private async Task<SignoffTally?> WaitForSignoffsAsync(SignoffPoint point, IGateStore store)
    {
        var waiter = new SignoffWaiter(store, _session.Time);
        return await waiter.WaitAsync(point, await BindingAsync(), _session.Run.Request.User,
            tally => _session.WaitingForSignoff($"before {SignoffPoint.KeyOf(point.Before)}", tally.Missing, point.Wait,
                GateMessages.Waiting(point.Before, tally, point.Wait, _session.RunId)), _stop);
    }

    private bool NeedsBinding => Checklist.Signoffs.Count > 0 || Checklist.Freezes.Any(f => f.Override is not null);

    private async Task<SignoffBinding> BindingAsync() =>
        _binding ??= new SignoffBinding(Checklist.Service, Checklist.Environment, _session.Snapshot().Version,
            await RunCommit.FindAsync(Checklist.Directory, _stop));
}
