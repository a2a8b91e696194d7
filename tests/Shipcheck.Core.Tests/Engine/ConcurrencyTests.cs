using System.Threading.Channels;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Tests.Engine.Fakes;
using static Shipcheck.Core.Tests.Engine.Fakes.TestSteps;

namespace Shipcheck.Core.Tests.Engine;

public sealed class ConcurrencyTests
{
    private readonly EngineHarness _harness = new();

    [Fact(Timeout = 60_000)]
    public async Task Verify_runs_its_checks_at_once_but_never_more_than_the_concurrency_bound()
    {
        const int Bound = 2;
        var inFlight = 0;
        var maxInFlight = 0;
        var entered = Channel.CreateUnbounded<int>();
        var release = new SemaphoreSlim(0);
        async Task<ProbeResult> Gated(ProbeContext context, CancellationToken token)
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            await entered.Writer.WriteAsync(now, token);
            await release.WaitAsync(token);
            Interlocked.Decrement(ref inFlight);
            return ScriptedProbe.Ok(true);
        }
        var steps = Enumerable.Range(1, 6).Select(i => (Core.Checklists.StepNode)Step($"check {i}", new ScriptedProbe().Then(Gated))).ToArray();
        _harness.Request = _harness.Request with { Concurrency = Bound };

        var run = _harness.RunAsync(Checklist(verify: steps));
        // Let the bound fill up before releasing anything, then release one check per check that starts.
        for (var i = 0; i < Bound; i++)
        {
            await entered.Reader.ReadAsync(TestContext.Current.CancellationToken);
        }
        for (var i = Bound; i < steps.Length; i++)
        {
            release.Release();
            await entered.Reader.ReadAsync(TestContext.Current.CancellationToken);
        }
        release.Release(Bound);
        var record = await run;

        Assert.Equal(Verdict.Succeeded, record.Verdict);
        Assert.Equal(Bound, maxInFlight);
        Assert.Equal(6, record.Steps.Count);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_parallel_group_runs_its_steps_at_the_same_time()
    {
        // Each step waits for the other to start: run one after the other, they would wait forever.
        var both = new CountdownEvent(2);
        async Task<ProbeResult> MeetTheOther(ProbeContext context, CancellationToken token)
        {
            both.Signal();
            await Task.Run(() => both.Wait(token), token);
            return ScriptedProbe.Ok(true);
        }
        var checklist = Checklist(deploy: [Parallel(Step("a", new ScriptedProbe().Then(MeetTheOther)), Step("b", new ScriptedProbe().Then(MeetTheOther)))]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.Succeeded, run.Verdict);
        Assert.Equal(2, run.Steps.Count);
    }

    [Fact]
    public async Task A_parallel_group_fails_when_any_of_its_steps_fails_and_waits_for_the_others()
    {
        var after = new ScriptedProbe();
        var checklist = Checklist(
            deploy: [Parallel(Step("a", new ScriptedProbe()), Step("b", new ScriptedProbe().ThenFail())), Step("after", after)],
            rollback: [Step("undo", new ScriptedProbe())]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        Assert.Equal(StepStatus.Passed, _harness.Stored(Phase.Deploy, "a").Status);
        Assert.Equal(StepStatus.Failed, _harness.Stored(Phase.Deploy, "b").Status);
        Assert.Equal(0, after.Calls);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_failing_verify_check_cancels_the_others_and_rollback_starts_at_once()
    {
        var slow = new ScriptedProbe().ThenBlock().ThenPass();
        var failing = new ScriptedProbe().Then(async (_, token) =>
        {
            // Fail only once the slow check is under way, so there is something to cancel.
            await slow.Started.WaitAsync(token);
            return ScriptedProbe.Ok(false);
        }).ThenPass();
        var queued = new ScriptedProbe();
        _harness.Request = _harness.Request with { Concurrency = 2 };
        var checklist = Checklist(
            verify: [Step("slow", slow), Step("failing", failing), Step("queued", queued)],
            rollback: [Step("undo", new ScriptedProbe())]);

        var run = await _harness.RunAsync(checklist);

        Assert.Equal(Verdict.RolledBack, run.Verdict);
        var cancelled = _harness.Stored(Phase.Verify, "slow");
        Assert.Equal(StepStatus.Skipped, cancelled.Status);
        Assert.Equal("cancelled: another check failed", cancelled.Message);
        // The third check waited for a free slot and never started.
        Assert.Equal("cancelled: another check failed", _harness.Stored(Phase.Verify, "queued").Message);
        Assert.Equal(1, queued.Calls); // in rollback_verify
        Assert.Equal("verify failed: failing — ok (false); rolled back; rollback verified", run.Summary);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
