namespace Shipcheck.Core.Gates.Freeze;

/// <summary>A freeze that is on for this run: what the blocked message says about it.</summary>
/// <param name="Name">The checklist name, or the ad-hoc freeze's reason.</param>
/// <param name="Window">What it covers and until when, as text.</param>
/// <param name="Override">Who may lift it for one run; null when only ending it helps.</param>
/// <param name="AdHocId">The id <c>shipcheck freeze end</c> takes, for an ad-hoc freeze.</param>
public sealed record FreezeHit(string Name, string Window, FreezeOverride? Override, long? AdHocId = null);

/// <summary>Finds the freezes that are on for a run: the checklist's windows and the store's ad-hoc freezes.</summary>
internal static class FreezeGate
{
    public static async Task<IReadOnlyList<FreezeHit>> FindAsync(
        IReadOnlyList<FreezeWindow> windows, IGateStore? store, string service, string? environment, DateTimeOffset now)
    {
        var hits = new List<FreezeHit>();
        foreach (var window in windows)
        {
            var state = window.StateAt(now);
            if (state.On)
            {
                hits.Add(new FreezeHit(window.Name, window.Describe() + window.UntilText(state), window.Override));
            }
        }
        if (store is not null)
        {
            foreach (var freeze in await store.ActiveFreezesAsync(now, CancellationToken.None))
            {
                if (freeze.Holds(service, environment, now))
                {
                    hits.Add(new FreezeHit(freeze.Reason, freeze.Describe(), null, freeze.Id));
                }
            }
        }
        return hits;
    }
}
